package dev.ccp.cluster.status;

import java.util.List;

/** The rows of {@code ccp status}, sorted by service; the short form is one word. */
public record StatusReport(List<StatusRow> rows) {

    public StatusReport {
        rows = List.copyOf(rows);
    }

    /** {@code not deployed} without rows, {@code ok} when every row is ok, else {@code wip}. */
    public String shortStatus() {
        if (rows.isEmpty()) {
            return "not deployed";
        }
        return rows.stream().allMatch(StatusRow::ok) ? "ok" : "wip";
    }
}
