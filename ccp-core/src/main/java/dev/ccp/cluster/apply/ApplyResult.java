package dev.ccp.cluster.apply;

import dev.ccp.cluster.ObjectRef;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What an apply wrote, per action (UNCHANGED lists what it left alone). */
public record ApplyResult(Map<ChangeAction, List<ObjectRef>> done) {

    public ApplyResult {
        Objects.requireNonNull(done, "done");
        done = Map.copyOf(done);
    }

    public List<ObjectRef> get(ChangeAction action) {
        return done.getOrDefault(action, List.of());
    }

    /** {@code created 3, updated 1, replaced 0, unchanged 40, pruned 0}. */
    public String summary() {
        return "created " + get(ChangeAction.CREATE).size() + ", updated " + get(ChangeAction.UPDATE).size()
                + ", replaced " + get(ChangeAction.REPLACE).size() + ", unchanged " + get(ChangeAction.UNCHANGED).size()
                + ", pruned " + get(ChangeAction.PRUNE).size();
    }
}
