package dev.ccp.renderer;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The objects of one service, in apply order (REFERENCE 4.2 a to i): {@code <svc>-files},
 * {@code <svc>-meta}, {@code <svc>-service-config}, the definition's Secrets, {@code <svc>-role},
 * the Jobs, the workload, the Service and the Ingress.
 */
final class ServiceObjects {

    private final RenderRequest request;
    private final ServiceConfigObjects configObjects;
    private final PodTemplates podTemplates;
    private final JobObjects jobs;
    private final NetworkObjects network;

    ServiceObjects(RenderRequest request, ServiceConfigObjects configObjects, PodTemplates podTemplates,
            JobObjects jobs, NetworkObjects network) {
        this.request = request;
        this.configObjects = configObjects;
        this.podTemplates = podTemplates;
        this.jobs = jobs;
        this.network = network;
    }

    List<HasMetadata> build(ServiceUnit unit) {
        List<HasMetadata> objects = new ArrayList<>();
        objects.add(configObjects.files(unit));
        objects.add(configObjects.meta(unit));
        objects.add(configObjects.serviceConfig(unit));
        objects.addAll(configObjects.secrets(unit));
        objects.add(configObjects.role(unit));
        for (SingleJob job : unit.jobs()) {
            objects.add(jobs.job(unit, job, jobNodes(unit, job)));
        }
        objects.add(Workloads.of(unit, podTemplates.daemon(unit),
                Optional.ofNullable(request.config().config().replicas().get(unit.name()))));
        network.service(unit).ifPresent(objects::add);
        network.ingress(unit).ifPresent(objects::add);
        return objects;
    }

    /** The {@code _ccp_jobs} nodes, or those of the job's topology key (checked by {@link RenderChecks}). */
    private List<String> jobNodes(ServiceUnit unit, SingleJob job) {
        return JobPlacement.nodes(request.topology(), request.jobTopologyKeys().of(unit.definition(), job.command()))
                .orElseThrow();
    }
}
