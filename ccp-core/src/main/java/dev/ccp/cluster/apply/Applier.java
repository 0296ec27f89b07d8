package dev.ccp.cluster.apply;

import dev.ccp.cluster.Cluster;
import dev.ccp.cluster.ObjectRef;
import dev.ccp.cluster.RetryPolicy;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Carries out a {@link Plan}: creates, updates (with the live resourceVersion), replaces Jobs
 * (delete with background propagation, then create), deletes prunes when asked, and writes
 * nothing for unchanged objects. Every object is retried on transient failures; a retry
 * re-reads the live object and decides again, so a 409 conflict or a half-done earlier run
 * converges. A final failure is {@code CcpException("apply Deployment/keystone in ccp-1
 * failed: <reason>")}; objects applied before it stay applied, and a re-run continues.
 */
public final class Applier {

    private final Cluster cluster;
    private final RetryPolicy retry;
    private final ObjectComparison comparison = new ObjectComparison();
    private final KubernetesSerialization serialization = new KubernetesSerialization();

    public Applier(Cluster cluster, RetryPolicy retry) {
        this.cluster = Objects.requireNonNull(cluster, "cluster");
        this.retry = Objects.requireNonNull(retry, "retry");
    }

    /** Applies {@code plan} in its order; prunes only when {@code prune} is set. */
    public ApplyResult apply(Plan plan, boolean prune) {
        Map<ChangeAction, List<ObjectRef>> done = new EnumMap<>(ChangeAction.class);
        for (PlannedChange change : plan.changes()) {
            ChangeAction outcome = switch (change.action()) {
                case UNCHANGED -> ChangeAction.UNCHANGED;
                case PRUNE -> prune ? prune(change) : null;
                default -> converge(change);
            };
            if (outcome != null) {
                done.computeIfAbsent(outcome, a -> new ArrayList<>()).add(change.ref());
            }
        }
        return new ApplyResult(done);
    }

    private ChangeAction prune(PlannedChange change) {
        HasMetadata live = change.live().orElseThrow();
        retry.run("delete " + change.ref().describe(), () -> cluster.delete(live));
        return ChangeAction.PRUNE;
    }

    /** Makes the live object equal the desired one; the first attempt trusts the plan's reading. */
    private ChangeAction converge(PlannedChange change) {
        HasMetadata desired = change.desired().orElseThrow();
        int[] attempt = {0};
        return retry.call("apply " + change.ref().describe(), () -> {
            Optional<HasMetadata> live = attempt[0]++ == 0 ? change.live() : cluster.get(desired);
            return write(change.ref(), desired, live);
        });
    }

    private ChangeAction write(ObjectRef ref, HasMetadata desired, Optional<HasMetadata> live) {
        if (live.isEmpty()) {
            cluster.create(desired);
            return ChangeAction.CREATE;
        }
        HasMetadata current = live.get();
        if (current.getMetadata().getDeletionTimestamp() != null) {
            throw new KubernetesClientException(ref + " is still being deleted", 409, null);
        }
        if (comparison.changes(desired, current).isEmpty()) {
            return ChangeAction.UNCHANGED;
        }
        if ("Job".equals(ref.kind())) {
            cluster.delete(current);
            cluster.create(desired);
            return ChangeAction.REPLACE;
        }
        HasMetadata update = serialization.clone(desired);
        update.getMetadata().setResourceVersion(current.getMetadata().getResourceVersion());
        if (update instanceof Service service && current instanceof Service running) {
            keepAllocatedAddresses(service, running);
        }
        cluster.update(update);
        return ChangeAction.UPDATE;
    }

    /** The cluster IP and node ports the server allocated stay when the render leaves them unset. */
    private static void keepAllocatedAddresses(Service desired, Service live) {
        if (desired.getSpec() == null || live.getSpec() == null) {
            return;
        }
        if (desired.getSpec().getClusterIP() == null) {
            desired.getSpec().setClusterIP(live.getSpec().getClusterIP());
            desired.getSpec().setClusterIPs(live.getSpec().getClusterIPs());
        }
        for (ServicePort port : desired.getSpec().getPorts()) {
            if (port.getNodePort() == null) {
                live.getSpec().getPorts().stream()
                        .filter(p -> Objects.equals(p.getPort(), port.getPort()) && Objects.equals(p.getName(), port.getName()))
                        .findFirst().ifPresent(p -> port.setNodePort(p.getNodePort()));
            }
        }
    }
}
