package dev.ccp.cluster.wait;

import dev.ccp.cluster.Cluster;
import dev.ccp.cluster.ManagedKinds;
import dev.ccp.cluster.ObjectRef;
import dev.ccp.cluster.Pause;
import dev.ccp.cluster.RetryPolicy;
import dev.ccp.dsl.problem.CcpException;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Polls the workloads and Jobs of an environment until all are ready ({@link Readiness}), a
 * Job fails, or the deadline passes. Each poll lists the four kinds once (by
 * {@code ccp-environment}) and reports a {@link WaitProgress}.
 */
public final class Waiter {

    private static final List<Class<? extends HasMetadata>> WAITED_KINDS =
            List.of(Job.class, Deployment.class, DaemonSet.class, StatefulSet.class);

    private final Cluster cluster;
    private final RetryPolicy retry;
    private final Clock clock;
    private final Pause pause;
    private final Duration pollInterval;

    public Waiter(Cluster cluster, RetryPolicy retry, Clock clock, Pause pause, Duration pollInterval) {
        this.cluster = Objects.requireNonNull(cluster, "cluster");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pause = Objects.requireNonNull(pause, "pause");
        this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
    }

    /** Only the refs that have a readiness to wait for (workloads and Jobs). */
    public static List<ObjectRef> waitable(Collection<ObjectRef> refs) {
        return refs.stream().filter(r -> ManagedKinds.isWorkload(r.kind()) || r.kind().equals("Job")).toList();
    }

    /**
     * Waits for {@code targets} in {@code namespace}; returns the final progress when all are
     * ready. Throws {@code CcpException} when a Job fails or {@code timeout} passes, naming
     * what is not ready and what each one waits for.
     */
    public WaitProgress await(String namespace, Collection<ObjectRef> targets, Duration timeout,
            Consumer<WaitProgress> onProgress) {
        List<ObjectRef> waited = waitable(targets);
        Instant start = clock.instant();
        Instant deadline = start.plus(timeout);
        while (true) {
            WaitProgress progress = new WaitProgress(look(namespace, waited), Duration.between(start, clock.instant()));
            onProgress.accept(progress);
            if (!progress.failed().isEmpty()) {
                throw new CcpException(progress.failed().stream().map(ReadinessState::describe)
                        .collect(Collectors.joining("; ")) + " (in " + namespace + ")");
            }
            if (progress.allReady()) {
                return progress;
            }
            if (!clock.instant().isBefore(deadline)) {
                throw new CcpException("timed out after " + timeout.toSeconds() + "s waiting for " + namespace + ": "
                        + progress.pending().size() + " of " + progress.total() + " not ready: "
                        + progress.pending().stream().map(ReadinessState::describe).collect(Collectors.joining("; ")));
            }
            pause.sleep(pollInterval);
        }
    }

    /** The state of each target now. */
    public List<ReadinessState> look(String namespace, List<ObjectRef> targets) {
        Map<ObjectRef, HasMetadata> live = new HashMap<>();
        for (Class<? extends HasMetadata> kind : WAITED_KINDS) {
            if (targets.stream().anyMatch(t -> t.kind().equals(kind.getSimpleName()))) {
                retry.call("list " + kind.getSimpleName() + "s in " + namespace,
                        () -> cluster.list(kind, namespace, ManagedKinds.environmentSelector(namespace)))
                        .forEach(o -> live.put(ObjectRef.of(o), o));
            }
        }
        return targets.stream().map(t -> live.containsKey(t) ? Readiness.of(live.get(t)) : Readiness.missing(t)).toList();
    }
}
