package dev.ccp.renderer;

import dev.ccp.dsl.service.Service;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import java.util.List;
import java.util.Map;

/**
 * The pod templates of every workload kind and of Jobs, written once (REFERENCE 4.3, 4.7).
 * Labels beyond the selector's {@code app}, the config hash and image references are added by
 * the enrichers.
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
        PodSpecBuilder spec = new PodSpecBuilder()
                .withAffinity(Affinities.forService(service, unit.nodes(), namespace))
                .withContainers(service.containers().stream().map(c -> containers.daemon(unit, c)).toList())
                .withVolumes(volumes.volumes(unit, List.of()))
                .withRestartPolicy("Always");
        if (service.hostNetwork()) {
            spec.withHostNetwork(true).withDnsPolicy(CLUSTER_FIRST_WITH_HOST_NET);
        }
        if (service.hostPID()) {
            spec.withHostPID(true);
        }
        return new PodTemplateSpecBuilder()
                .withNewMetadata()
                .withLabels(Map.of(CcpMetadata.APP, unit.name()))
                .withAnnotations(AnnotationValues.texts(service.annotations().pod()))
                .endMetadata()
                .withSpec(spec.build())
                .build();
    }

    /** The pod of a Job: one container, the service's volumes, restarted on failure. */
    PodTemplateSpec job(ServiceUnit unit, SingleJob job, List<String> nodes) {
        return new PodTemplateSpecBuilder()
                .withNewMetadata().endMetadata()
                .withNewSpec()
                .withAffinity(Affinities.onNodes(nodes))
                .withContainers(containers.job(unit, job))
                .withVolumes(volumes.volumes(unit, job.command().secrets()))
                .withRestartPolicy("OnFailure")
                .endSpec()
                .build();
    }
}
