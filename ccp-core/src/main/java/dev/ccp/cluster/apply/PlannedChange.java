package dev.ccp.cluster.apply;

import dev.ccp.cluster.ObjectRef;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The plan for one object. {@code desired} is empty for a prune, {@code live} for a create.
 * {@code live} is of the kind's model class when the change writes; for an unchanged object it
 * may be the object as the server sent it, untyped. The Fabric8 objects are the planner's own
 * copies; do not modify them.
 */
public record PlannedChange(ChangeAction action, ObjectRef ref, List<FieldChange> changes,
        Optional<HasMetadata> desired, Optional<HasMetadata> live) {

    public PlannedChange {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(ref, "ref");
        changes = List.copyOf(changes);
        Objects.requireNonNull(desired, "desired");
        Objects.requireNonNull(live, "live");
    }

    public boolean writes() {
        return action != ChangeAction.UNCHANGED;
    }
}
