package dev.ccp.renderer;

import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import java.util.List;

/** The batch/v1 Job {@code <svc>-<job>} of a single job (REFERENCE 4.7). */
final class JobObjects {

    private final PodTemplates podTemplates;

    JobObjects(PodTemplates podTemplates) {
        this.podTemplates = podTemplates;
    }

    /** @param nodes where the job may run: the {@code _ccp_jobs} nodes, or those of its topology key */
    Job job(ServiceUnit unit, SingleJob job, List<String> nodes) {
        Job built = new JobBuilder()
                .withNewMetadata().withName(unit.objectName(job.name())).endMetadata()
                .withNewSpec().endSpec()
                .build();
        // Set on the built object: given to the builder, the template would be copied whole.
        built.getSpec().setTemplate(podTemplates.job(unit, job, nodes));
        return built;
    }
}
