package dev.ccp.cluster.apply;

/** What apply does with one object. */
public enum ChangeAction {
    /** Not in the cluster: created. */
    CREATE,
    /** In the cluster with other values in fields ccp sets: updated with the live resourceVersion. */
    UPDATE,
    /** An immutable object (a Job) whose content changed: deleted, then created again. */
    REPLACE,
    /** Already as desired: not written at all. */
    UNCHANGED,
    /** Labelled for this environment but no longer rendered: deleted with {@code --prune}. */
    PRUNE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
