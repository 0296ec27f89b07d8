package dev.ccp.renderer;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Labels every object {@code ccp: "true"} and {@code ccp-environment: <namespace>}; a service's
 * objects also {@code app: <service>} and {@code ccp-component: <component>}. Pod templates of
 * workloads get all four; those of Jobs all but {@code app}, so that the service's selector
 * (Service endpoints, anti-affinity) never picks a Job's pod.
 */
final class LabelEnricher implements Enricher {

    private final String namespace;

    LabelEnricher(String namespace) {
        this.namespace = namespace;
    }

    @Override
    public void enrich(List<OwnedObject> objects) {
        for (OwnedObject owned : objects) {
            HasMetadata object = owned.object();
            Map<String, String> labels = new TreeMap<>();
            labels.put(CcpMetadata.CCP, "true");
            labels.put(CcpMetadata.ENVIRONMENT, namespace);
            owned.owner().ifPresent(unit -> labels.put(CcpMetadata.COMPONENT, unit.component()));
            Map<String, String> objectLabels = new TreeMap<>(labels);
            owned.owner().ifPresent(unit -> objectLabels.put(CcpMetadata.APP, unit.name()));
            addMissing(object.getMetadata(), objectLabels);
            Workloads.podTemplate(object).ifPresent(template -> addMissing(metadata(template),
                    Workloads.isWorkload(object) ? objectLabels : labels));
        }
    }

    private static ObjectMeta metadata(PodTemplateSpec template) {
        if (template.getMetadata() == null) {
            template.setMetadata(new ObjectMeta());
        }
        return template.getMetadata();
    }

    private static void addMissing(ObjectMeta metadata, Map<String, String> labels) {
        Map<String, String> merged = new TreeMap<>(labels);
        if (metadata.getLabels() != null) {
            merged.putAll(metadata.getLabels());
        }
        metadata.setLabels(new LinkedHashMap<>(merged));
    }
}
