package dev.ccp.cluster.cleanup;

import dev.ccp.cluster.Cluster;
import dev.ccp.cluster.ManagedKinds;
import dev.ccp.cluster.ObjectRef;
import dev.ccp.cluster.Pause;
import dev.ccp.cluster.RetryPolicy;
import dev.ccp.dsl.problem.CcpException;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Deletes an environment from the cluster (the Kubernetes part of REFERENCE 7.2): every object
 * labelled {@code ccp-environment=<namespace>} (found in the cluster, never by re-reading
 * files), Ingresses and workloads first, then the namespace; then waits until all are gone.
 * With {@code force}, what is still there at the deadline has its finalizers removed (as
 * Palette's force delete of a cluster stuck in deletion) and is waited for once more.
 */
public final class EnvironmentCleaner {

    private final Cluster cluster;
    private final RetryPolicy retry;
    private final Clock clock;
    private final Pause pause;
    private final Duration pollInterval;

    public EnvironmentCleaner(Cluster cluster, RetryPolicy retry, Clock clock, Pause pause, Duration pollInterval) {
        this.cluster = Objects.requireNonNull(cluster, "cluster");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pause = Objects.requireNonNull(pause, "pause");
        this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
    }

    public CleanupResult cleanup(String namespace, Duration timeout, boolean force) {
        Optional<Namespace> ns = retry.call("read Namespace/" + namespace, () -> cluster.get(Namespace.class, null, namespace));
        List<HasMetadata> labelled = labelled(namespace);
        labelled.sort(Comparator.comparingInt((HasMetadata o) -> -ManagedKinds.rank(o.getKind())));
        List<ObjectRef> deleted = new ArrayList<>();
        for (HasMetadata object : labelled) {
            retry.run("delete " + ObjectRef.of(object).describe(), () -> cluster.delete(object));
            deleted.add(ObjectRef.of(object));
        }
        ns.ifPresent(n -> retry.run("delete Namespace/" + namespace, () -> cluster.delete(n)));

        List<HasMetadata> left = waitUntilGone(namespace, ns.isPresent(), timeout);
        List<ObjectRef> forced = new ArrayList<>();
        if (!left.isEmpty() && force) {
            for (HasMetadata object : left) {
                retry.call("remove finalizers of " + ObjectRef.of(object).describe(), () -> cluster.removeFinalizers(object));
                forced.add(ObjectRef.of(object));
            }
            left = waitUntilGone(namespace, ns.isPresent(), timeout);
        }
        if (!left.isEmpty()) {
            throw new CcpException("Wasn't able to delete namespace " + namespace + " within " + timeout.toSeconds()
                    + "s; still there: " + left.stream().map(o -> describeStuck(o)).collect(Collectors.joining(", "))
                    + (force ? "" : ". Run again with --force to remove their finalizers"));
        }
        return new CleanupResult(deleted, ns.isPresent(), forced);
    }

    private List<HasMetadata> waitUntilGone(String namespace, boolean namespaceExisted, Duration timeout) {
        Instant deadline = clock.instant().plus(timeout);
        while (true) {
            List<HasMetadata> left = remaining(namespace, namespaceExisted);
            if (left.isEmpty() || !clock.instant().isBefore(deadline)) {
                return left;
            }
            pause.sleep(pollInterval);
        }
    }

    private List<HasMetadata> remaining(String namespace, boolean namespaceExisted) {
        List<HasMetadata> left = labelled(namespace);
        if (namespaceExisted) {
            retry.call("read Namespace/" + namespace, () -> cluster.get(Namespace.class, null, namespace)).ifPresent(left::add);
        }
        return left;
    }

    private List<HasMetadata> labelled(String namespace) {
        List<HasMetadata> found = new ArrayList<>();
        for (Class<? extends HasMetadata> kind : ManagedKinds.NAMESPACED) {
            found.addAll(retry.call("list " + kind.getSimpleName() + "s in " + namespace,
                    () -> cluster.list(kind, namespace, ManagedKinds.environmentSelector(namespace))));
        }
        return found;
    }

    private static String describeStuck(HasMetadata object) {
        List<String> finalizers = object.getMetadata().getFinalizers();
        return ObjectRef.of(object) + (finalizers == null || finalizers.isEmpty() ? "" : " (finalizers " + finalizers + ")");
    }
}
