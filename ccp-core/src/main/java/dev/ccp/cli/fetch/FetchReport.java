package dev.ccp.cli.fetch;

import java.util.ArrayList;
import java.util.List;

/**
 * The results of one fetch, in the order of {@code repositories.repos}.
 *
 * @param results one per repository
 */
public record FetchReport(List<FetchResult> results) {

    public FetchReport {
        results = List.copyOf(results);
    }

    public static FetchReport empty() {
        return new FetchReport(List.of());
    }

    public boolean hasFailures() {
        return results.stream().anyMatch(FetchResult::isFailure);
    }

    /** The names with {@code status}, in configuration order. */
    public List<String> names(FetchStatus status) {
        return results.stream().filter(r -> r.status() == status).map(FetchResult::name).toList();
    }

    /**
     * The summary as the original prints it, one line per status that occurred:
     * {@code 2 repository(s) cloning succeeded: a, b}, then already cloned, updated, cloning
     * failed, checkout failed, update failed.
     */
    public List<String> summaryLines() {
        List<String> lines = new ArrayList<>();
        for (FetchStatus status : FetchStatus.values()) {
            List<String> names = names(status);
            if (!names.isEmpty()) {
                lines.add(names.size() + " repository(s) " + status.summary() + ": " + String.join(", ", names));
            }
        }
        return List.copyOf(lines);
    }
}
