package dev.ccp.cluster.wait;

import dev.ccp.cluster.ObjectRef;
import dev.ccp.cluster.wait.ReadinessState.Phase;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetStatus;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatus;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetStatus;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatus;
import java.util.Objects;

/**
 * The readiness rules, per kind, in one place (status, wait and deploy all use them).
 * <ul>
 * <li>Deployment: observedGeneration >= generation, updated == available == replicas, and no
 * old replicas left (status.replicas == replicas).</li>
 * <li>DaemonSet: observedGeneration >= generation, desired == updated == available.</li>
 * <li>StatefulSet: observedGeneration >= generation, ready == replicas, currentRevision ==
 * updateRevision.</li>
 * <li>Job: succeeded >= completions (default 1); failed > backoffLimit (default 6) is a
 * failure.</li>
 * <li>Every other kind is ready once it exists.</li>
 * </ul>
 */
public final class Readiness {

    private static final int DEFAULT_BACKOFF_LIMIT = 6;

    private Readiness() {
    }

    public static ReadinessState of(HasMetadata object) {
        ObjectRef ref = ObjectRef.of(object);
        if (object instanceof Deployment d) {
            return deployment(ref, d);
        }
        if (object instanceof DaemonSet d) {
            return daemonSet(ref, d);
        }
        if (object instanceof StatefulSet s) {
            return statefulSet(ref, s);
        }
        if (object instanceof Job j) {
            return job(ref, j);
        }
        return new ReadinessState(ref, Phase.READY, "");
    }

    /** An object that is not in the cluster (yet). */
    public static ReadinessState missing(ObjectRef ref) {
        return new ReadinessState(ref, Phase.PENDING, "not created");
    }

    private static ReadinessState deployment(ObjectRef ref, Deployment d) {
        int replicas = orZero(d.getSpec() == null ? null : d.getSpec().getReplicas(), 1);
        DeploymentStatus s = d.getStatus() == null ? new DeploymentStatus() : d.getStatus();
        if (!observed(d.getMetadata().getGeneration(), s.getObservedGeneration())) {
            return pending(ref, "rollout not observed yet");
        }
        int updated = orZero(s.getUpdatedReplicas(), 0);
        int available = orZero(s.getAvailableReplicas(), 0);
        int total = orZero(s.getReplicas(), 0);
        if (updated < replicas) {
            return pending(ref, updated + " of " + replicas + " replicas updated");
        }
        if (available < replicas) {
            return pending(ref, available + " of " + replicas + " replicas available");
        }
        if (total > updated) {
            return pending(ref, (total - updated) + " old replicas terminating");
        }
        return ready(ref, available + "/" + replicas);
    }

    private static ReadinessState daemonSet(ObjectRef ref, DaemonSet d) {
        DaemonSetStatus s = d.getStatus() == null ? new DaemonSetStatus() : d.getStatus();
        if (!observed(d.getMetadata().getGeneration(), s.getObservedGeneration())) {
            return pending(ref, "rollout not observed yet");
        }
        int desired = orZero(s.getDesiredNumberScheduled(), 0);
        int updated = orZero(s.getUpdatedNumberScheduled(), 0);
        int available = orZero(s.getNumberAvailable(), 0);
        if (updated < desired) {
            return pending(ref, updated + " of " + desired + " pods updated");
        }
        if (available < desired) {
            return pending(ref, available + " of " + desired + " pods available");
        }
        return ready(ref, available + "/" + desired);
    }

    private static ReadinessState statefulSet(ObjectRef ref, StatefulSet st) {
        int replicas = orZero(st.getSpec() == null ? null : st.getSpec().getReplicas(), 1);
        StatefulSetStatus s = st.getStatus() == null ? new StatefulSetStatus() : st.getStatus();
        if (!observed(st.getMetadata().getGeneration(), s.getObservedGeneration())) {
            return pending(ref, "rollout not observed yet");
        }
        int ready = orZero(s.getReadyReplicas(), 0);
        if (ready < replicas) {
            return pending(ref, ready + " of " + replicas + " replicas ready");
        }
        if (s.getUpdateRevision() != null && !Objects.equals(s.getCurrentRevision(), s.getUpdateRevision())) {
            return pending(ref, "revision " + s.getUpdateRevision() + " rolling out");
        }
        return ready(ref, ready + "/" + replicas);
    }

    private static ReadinessState job(ObjectRef ref, Job j) {
        int completions = orZero(j.getSpec() == null ? null : j.getSpec().getCompletions(), 1);
        int backoffLimit = orZero(j.getSpec() == null ? null : j.getSpec().getBackoffLimit(), DEFAULT_BACKOFF_LIMIT);
        JobStatus s = j.getStatus() == null ? new JobStatus() : j.getStatus();
        int succeeded = orZero(s.getSucceeded(), 0);
        int failed = orZero(s.getFailed(), 0);
        if (succeeded >= completions) {
            return ready(ref, succeeded + "/" + completions + " completed");
        }
        if (failed > backoffLimit) {
            return new ReadinessState(ref, Phase.FAILED, "failed " + failed + " times (backoffLimit " + backoffLimit + ")");
        }
        return pending(ref, succeeded + " of " + completions + " completions" + (failed > 0 ? ", " + failed + " failed" : ""));
    }

    private static boolean observed(Long generation, Long observedGeneration) {
        return generation == null || observedGeneration != null && observedGeneration >= generation;
    }

    private static int orZero(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static ReadinessState ready(ObjectRef ref, String detail) {
        return new ReadinessState(ref, Phase.READY, detail);
    }

    private static ReadinessState pending(ObjectRef ref, String detail) {
        return new ReadinessState(ref, Phase.PENDING, detail);
    }
}
