package dev.ccp.cli.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The summary lines of REFERENCE 7.1: one per status that occurred, names in configuration order. */
class FetchReportTest {

    /** {@code results}: name=STATUS pairs separated by spaces; {@code lines}: expected lines separated by '|'. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "a=CLONED b=CLONED; 2 repository(s) cloning succeeded: a, b; false",
        "a=ALREADY_CLONED; 1 repository(s) is(are) already cloned: a; false",
        "c=CHECKOUT_FAILED a=CLONED b=CLONE_FAILED d=ALREADY_CLONED; "
                + "1 repository(s) cloning succeeded: a|1 repository(s) is(are) already cloned: d"
                + "|1 repository(s) cloning failed: b|1 repository(s) checkout failed: c; true",
        "b=UPDATE_FAILED a=UPDATED c=UPDATED; 2 repository(s) updated: a, c|1 repository(s) update failed: b; true",
    })
    void summaryAsTheOriginalPrintsIt(String results, String lines, boolean failed) {
        List<FetchResult> parsed = Arrays.stream(results.split(" ")).map(pair -> pair.split("="))
                .map(pair -> new FetchResult(pair[0], FetchStatus.valueOf(pair[1]), Optional.empty(), "-"))
                .toList();

        FetchReport report = new FetchReport(parsed);

        assertThat(report.summaryLines()).containsExactly(lines.split("\\|"));
        assertThat(report.hasFailures()).isEqualTo(failed);
    }

    @ParameterizedTest
    @CsvSource({"CLONED, false", "ALREADY_CLONED, false", "UPDATED, false",
        "CLONE_FAILED, true", "CHECKOUT_FAILED, true", "UPDATE_FAILED, true"})
    void whichStatusesAreFailures(FetchStatus status, boolean failure) {
        assertThat(status.isFailure()).isEqualTo(failure);
    }

    @org.junit.jupiter.api.Test
    void anEmptyReportHasNoLinesAndNoFailures() {
        assertThat(FetchReport.empty().summaryLines()).isEmpty();
        assertThat(FetchReport.empty().hasFailures()).isFalse();
    }
}
