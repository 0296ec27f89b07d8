package dev.ccp.harness;

/** Where one pod stands while the harness waits. */
public enum PodProgress {
    /** A long-running pod whose containers are running but not all ready yet, or a Job still running. */
    PENDING,
    /** A long-running pod with every container ready. */
    READY,
    /** A Job whose containers all exited 0. */
    COMPLETE,
    /** A Job that failed more often than its backoff limit allows. */
    FAILED;

    public boolean settled() {
        return this == READY || this == COMPLETE;
    }
}
