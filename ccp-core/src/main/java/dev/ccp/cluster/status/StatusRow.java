package dev.ccp.cluster.status;

import java.util.List;
import java.util.Objects;

/**
 * One row of {@code ccp status} (REFERENCE 1.9): an app label with its pods running/total, its
 * Jobs completed/total, whether it is ready and its links.
 */
public record StatusRow(String service, int podsRunning, int podsTotal, int jobsCompleted, int jobsTotal,
        boolean rolledOut, List<String> links) {

    public StatusRow {
        Objects.requireNonNull(service, "service");
        links = List.copyOf(links);
    }

    /** ok when every pod runs, every Job completed and every workload passes its readiness rule. */
    public boolean ok() {
        return podsRunning == podsTotal && jobsCompleted == jobsTotal && rolledOut;
    }

    public String pod() {
        return podsRunning + "/" + podsTotal;
    }

    public String job() {
        return jobsCompleted + "/" + jobsTotal;
    }

    public String ready() {
        return ok() ? "ok" : "wip";
    }
}
