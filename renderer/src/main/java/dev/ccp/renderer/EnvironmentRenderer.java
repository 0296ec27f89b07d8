package dev.ccp.renderer;

import dev.ccp.dsl.component.Exports;
import dev.ccp.dsl.config.CcpConfig;
import dev.ccp.dsl.problem.InvalidInputException;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Renders every Kubernetes object of an environment (REFERENCE 4 with "Our decisions"): pure
 * builders per kind, then an ordered list of enrichers (labels, image references, config hash).
 * Reads the definitions' file templates; no cluster, no clock, no environment variables: the
 * same request gives equal objects.
 */
public final class EnvironmentRenderer {

    private final Supplier<KubernetesSerialization> serialization;

    /** @param serialization turns definitions' free-form blocks into model objects */
    public EnvironmentRenderer(KubernetesSerialization serialization) {
        this.serialization = () -> serialization;
    }

    private EnvironmentRenderer(Supplier<KubernetesSerialization> serialization) {
        this.serialization = serialization;
    }

    /** A renderer that makes its serialization ({@link ModelSerialization}) only if a definition needs it. */
    public static EnvironmentRenderer standard() {
        return new EnvironmentRenderer(ModelSerialization::create);
    }

    /**
     * The objects of {@code request}, Namespace first (see {@link RenderedEnvironment}).
     *
     * @throws InvalidInputException with every problem found: a service without definition or
     *         place in the topology, replicas or Recreate for a DaemonSet, pod annotations ccp
     *         owns, a job topology key outside the topology, conflicting shared Secrets, an
     *         unreadable file template
     */
    public RenderedEnvironment render(RenderRequest request) {
        List<ServiceUnit> units = RenderChecks.units(request);
        CcpConfig config = request.config().config();
        String namespace = request.namespace();
        Exports exports = request.catalog().loaded().exports();

        PodVolumes volumes = new PodVolumes(exports);
        PodTemplates podTemplates = new PodTemplates(namespace, volumes,
                new ContainerSpecs(volumes, new ModelValues(serialization), ProxyVariables.from(config.configs())));
        ServiceObjects serviceObjects = new ServiceObjects(request,
                new ServiceConfigObjects(config.services(), exports.importHeader()),
                podTemplates, new JobObjects(podTemplates),
                new NetworkObjects(IngressSettings.from(config.configs())));

        List<OwnedObject> objects = new ArrayList<>();
        new SharedObjects(namespace, config, exports).build().forEach(o -> objects.add(OwnedObject.shared(o)));
        Set<String> secretNames = new HashSet<>();
        for (ServiceUnit unit : units) {
            for (HasMetadata object : serviceObjects.build(unit)) {
                boolean repeatedSecret = object instanceof Secret && !secretNames.add(object.getMetadata().getName());
                if (!repeatedSecret) {
                    objects.add(OwnedObject.of(unit, object));
                }
            }
        }
        for (Enricher enricher : enrichers(namespace, config)) {
            enricher.enrich(objects);
        }
        return new RenderedEnvironment(namespace, objects.stream().map(OwnedObject::object).toList());
    }

    /**
     * In order: labels, image references, the TLS mount (when certificates are created), then
     * the config hash (over the final data).
     */
    private static List<Enricher> enrichers(String namespace, CcpConfig config) {
        List<Enricher> enrichers = new ArrayList<>();
        enrichers.add(new LabelEnricher(namespace));
        enrichers.add(new ImageEnricher(new ImageReferences(config.images(), config.registry()),
                config.kubernetes().imagePullPolicy(), SharedObjects.needsRegistryKey(config.registry())));
        if (TlsSecret.createsCertificates(config)) {
            enrichers.add(new TlsMountEnricher());
        }
        enrichers.add(new ConfigHashEnricher());
        return enrichers;
    }
}
