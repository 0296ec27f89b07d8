package dev.ccp.cluster.wait;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.cluster.TestObjects;
import dev.ccp.cluster.wait.ReadinessState.Phase;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSetStatusBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetStatusBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatusBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadinessTest {

    @ParameterizedTest(name = "gen {0} observed {1} replicas {2} status {3} updated {4} available {5} -> {6}")
    @CsvSource({
            "2, 1, 3, 3, 3, 3, PENDING, rollout not observed yet",
            "2, 2, 3, 3, 2, 3, PENDING, 2 of 3 replicas updated",
            "2, 2, 3, 3, 3, 1, PENDING, 1 of 3 replicas available",
            "2, 2, 3, 4, 3, 3, PENDING, 1 old replicas terminating",
            "2, 2, 3, 3, 3, 3, READY, 3/3",
            "2, 3, 1, 1, 1, 1, READY, 1/1"})
    void deployment(long generation, long observed, int replicas, int total, int updated, int available, Phase phase,
            String detail) {
        Deployment d = TestObjects.deployment("ns", "keystone", replicas, "h");
        d.getMetadata().setGeneration(generation);
        d.setStatus(new DeploymentStatusBuilder().withObservedGeneration(observed).withReplicas(total)
                .withUpdatedReplicas(updated).withAvailableReplicas(available).build());

        ReadinessState state = Readiness.of(d);

        assertThat(state.phase()).isEqualTo(phase);
        assertThat(state.detail()).isEqualTo(detail);
    }

    @ParameterizedTest
    @CsvSource({
            "3, 3, 3, READY",
            "3, 2, 3, PENDING",
            "3, 3, 2, PENDING",
            "0, 0, 0, READY"})
    void daemonSet(int desired, int updated, int available, Phase phase) {
        DaemonSet ds = new DaemonSetBuilder().withNewMetadata().withName("ovs").withGeneration(1L).endMetadata()
                .withStatus(new DaemonSetStatusBuilder().withObservedGeneration(1L).withDesiredNumberScheduled(desired)
                        .withUpdatedNumberScheduled(updated).withNumberAvailable(available).build()).build();

        assertThat(Readiness.of(ds).phase()).isEqualTo(phase);
    }

    @ParameterizedTest
    @CsvSource({
            "3, 3, r1, r1, READY",
            "3, 2, r1, r1, PENDING",
            "3, 3, r1, r2, PENDING"})
    void statefulSet(int replicas, int ready, String current, String update, Phase phase) {
        StatefulSet st = new StatefulSetBuilder().withNewMetadata().withName("galera").withGeneration(1L).endMetadata()
                .withNewSpec().withReplicas(replicas).endSpec()
                .withStatus(new StatefulSetStatusBuilder().withObservedGeneration(1L).withReadyReplicas(ready)
                        .withCurrentRevision(current).withUpdateRevision(update).build()).build();

        assertThat(Readiness.of(st).phase()).isEqualTo(phase);
    }

    @ParameterizedTest
    @CsvSource({
            "1, 0, 0, PENDING",
            "1, 0, 2, PENDING",
            "1, 0, 3, FAILED",
            "1, 1, 3, READY"})
    void job(int completions, int succeeded, int failed, Phase phase) {
        Job job = TestObjects.job("ns", "keystone", "keystone-db-sync", "x"); // backoffLimit 2
        job.getSpec().setCompletions(completions);
        job.setStatus(new JobStatusBuilder().withSucceeded(succeeded).withFailed(failed).build());

        assertThat(Readiness.of(job).phase()).isEqualTo(phase);
    }
}
