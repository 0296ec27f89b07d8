package dev.ccp.dsl.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {

    private static final List<String> COMMANDS = List.of("build", "deploy", "fetch", "validate", "cleanup", "show-dep",
            "status", "--dry-run", "--debug", "--export-dir", "registry", "repositories", "replicas", "roles");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "NONE", value = {
        "valdate, validate",
        "validaet, validate",
        "biuld, build",
        "deplo, deploy",
        "--dry, --dry-run",
        "--debgu, --debug",
        "regsitry, registry",
        "repos, repositories",
        "rols, roles",
        "xyzzy, NONE",
        "kubernetes, NONE",
    })
    void suggestsTheLikelyIntendedWord(String input, String expected) {
        assertThat(Suggestions.closest(input, COMMANDS).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "distance({0}, {1}) = {2}")
    @CsvSource({"abc, abc, 0", "abc, acb, 1", "kitten, sitting, 3", "'', abc, 3"})
    void distanceCountsEditsAndTranspositions(String a, String b, int expected) {
        assertThat(Suggestions.distance(a, b)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void didYouMeanIsEmptyWithoutACandidate() {
        assertThat(Suggestions.didYouMean("qqq", List.of("build"))).isEmpty();
        assertThat(Suggestions.didYouMean("buld", List.of("build"))).isEqualTo(" (did you mean 'build'?)");
    }
}
