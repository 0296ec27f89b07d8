package dev.ccp.renderer;

import dev.ccp.dsl.service.Service;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pod templates of every workload kind and of Jobs, written once (REFERENCE 4.3, 4.7).
 * Labels beyond the selector's {@code app}, the config hash and image references are added by
 * the enrichers.
 *
 * <p>Pod specs and templates are assembled with setters: a Fabric8 builder given containers or
 * volumes copies them through builders once more, which in a short-lived process costs more than
 * the rest of the rendering of the pod. Lists are mutable copies, as a builder's would be.
 */
final class PodTemplates {

    static final String CLUSTER_FIRST_WITH_HOST_NET = "ClusterFirstWithHostNet";

    private final String namespace;
    private final PodVolumes volumes;
    private final ContainerSpecs containers;

    PodTemplates(String namespace, PodVolumes volumes, ContainerSpecs containers) {
        this.namespace = namespace;
        this.volumes = volumes;
        this.containers = containers;
    }

    /** The pods of a Deployment, DaemonSet or StatefulSet: every container of the service. */
    PodTemplateSpec daemon(ServiceUnit unit) {
        Service service = unit.service();
        PodSpec spec = spec(Affinities.forService(service, unit.nodes(), namespace),
                service.containers().stream().map(c -> containers.daemon(unit, c)).toList(),
                volumes.volumes(unit, List.of()), "Always");
        if (service.hostNetwork()) {
            spec.setHostNetwork(true);
            spec.setDnsPolicy(CLUSTER_FIRST_WITH_HOST_NET);
        }
        if (service.hostPID()) {
            spec.setHostPID(true);
        }
        return template(new ObjectMetaBuilder()
                .withLabels(Map.of(CcpMetadata.APP, unit.name()))
                .withAnnotations(AnnotationValues.texts(service.annotations().pod()))
                .build(), spec);
    }

    /** The pod of a Job: one container, the service's volumes, restarted on failure. */
    PodTemplateSpec job(ServiceUnit unit, SingleJob job, List<String> nodes) {
        return template(new ObjectMeta(), spec(Affinities.onNodes(nodes), List.of(containers.job(unit, job)),
                volumes.volumes(unit, job.command().secrets()), "OnFailure"));
    }

    private static PodSpec spec(Affinity affinity, List<Container> containers, List<Volume> volumes,
            String restartPolicy) {
        PodSpec spec = new PodSpec();
        spec.setAffinity(affinity);
        spec.setContainers(new ArrayList<>(containers));
        spec.setVolumes(new ArrayList<>(volumes));
        spec.setRestartPolicy(restartPolicy);
        return spec;
    }

    private static PodTemplateSpec template(ObjectMeta metadata, PodSpec spec) {
        PodTemplateSpec template = new PodTemplateSpec();
        template.setMetadata(metadata);
        template.setSpec(spec);
        return template;
    }
}
