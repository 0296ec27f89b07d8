package dev.ccp.cluster.apply;

import dev.ccp.cluster.BoundedParallel;
import dev.ccp.cluster.Cluster;
import dev.ccp.cluster.ManagedKinds;
import dev.ccp.cluster.ObjectRef;
import dev.ccp.cluster.RetryPolicy;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
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

    private static final int CONCURRENT_WRITES = 4;

    private final Cluster cluster;
    private final RetryPolicy retry;
    private final ObjectComparison comparison = new ObjectComparison();
    private final KubernetesSerialization serialization = new KubernetesSerialization();

    public Applier(Cluster cluster, RetryPolicy retry) {
        this.cluster = Objects.requireNonNull(cluster, "cluster");
        this.retry = Objects.requireNonNull(retry, "retry");
    }

    /**
     * Applies {@code plan} in its order of kinds: the changes of one rank (see
     * {@link ManagedKinds#rank}) are written a few at a time, and the next rank starts once they
     * are all done. Prunes only when {@code prune} is set. A final failure is thrown once the
     * other writes of its rank have finished.
     */
    public ApplyResult apply(Plan plan, boolean prune) {
        Map<ChangeAction, List<ObjectRef>> done = new EnumMap<>(ChangeAction.class);
        for (List<PlannedChange> rank : ranks(plan.changes())) {
            List<PlannedChange> writes = rank.stream()
                    .filter(change -> change.writes() && (change.action() != ChangeAction.PRUNE || prune)).toList();
            Iterator<ChangeAction> outcomes = write(writes).iterator();
            for (PlannedChange change : rank) {
                ChangeAction outcome = change.action() == ChangeAction.UNCHANGED ? ChangeAction.UNCHANGED
                        : change.action() == ChangeAction.PRUNE && !prune ? null
                        : outcomes.next();
                if (outcome != null) {
                    done.computeIfAbsent(outcome, a -> new ArrayList<>()).add(change.ref());
                }
            }
        }
        return new ApplyResult(done);
    }

    /** The writes of one rank, a few at a time (a single one on this thread); their outcomes in order. */
    private List<ChangeAction> write(List<PlannedChange> writes) {
        if (writes.size() <= 1) {
            return writes.stream().map(this::carryOut).toList();
        }
        return BoundedParallel.map(writes, CONCURRENT_WRITES, "ccp-apply", this::carryOut);
    }

    private ChangeAction carryOut(PlannedChange change) {
        return change.action() == ChangeAction.PRUNE ? prune(change) : converge(change);
    }

    /** The changes cut into runs of one rank each (creates and updates come by rising rank, prunes by falling). */
    private static List<List<PlannedChange>> ranks(List<PlannedChange> changes) {
        List<List<PlannedChange>> runs = new ArrayList<>();
        List<PlannedChange> run = new ArrayList<>();
        for (PlannedChange change : changes) {
            if (!run.isEmpty() && (rank(run.get(0)) != rank(change) || isPrune(run.get(0)) != isPrune(change))) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(change);
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    private static int rank(PlannedChange change) {
        return ManagedKinds.rank(change.ref().kind());
    }

    private static boolean isPrune(PlannedChange change) {
        return change.action() == ChangeAction.PRUNE;
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
