package dev.ccp.cluster.apply;

import dev.ccp.cluster.ObjectRef;
import java.util.List;
import java.util.Objects;

/**
 * What an apply will do, object by object, in apply order (prunes last), and the workloads that
 * will restart because their {@code ccp.dev/config-hash} changed.
 */
public record Plan(String namespace, List<PlannedChange> changes, List<ObjectRef> restarts) {

    public Plan {
        Objects.requireNonNull(namespace, "namespace");
        changes = List.copyOf(changes);
        restarts = List.copyOf(restarts);
    }

    public List<PlannedChange> withAction(ChangeAction action) {
        return changes.stream().filter(c -> c.action() == action).toList();
    }

    public long count(ChangeAction action) {
        return changes.stream().filter(c -> c.action() == action).count();
    }

    /** True when applying (without prune) writes nothing. */
    public boolean isNoOp() {
        return changes.stream().allMatch(c -> c.action() == ChangeAction.UNCHANGED || c.action() == ChangeAction.PRUNE);
    }

    /** The objects apply creates or updates and then waits for (not the prunes). */
    public List<ObjectRef> rendered() {
        return changes.stream().filter(c -> c.action() != ChangeAction.PRUNE).map(PlannedChange::ref).toList();
    }
}
