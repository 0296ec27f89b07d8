package dev.ccp.cluster.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.cluster.preflight.PreflightReport.RegistryAnswer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PreflightReportTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "yes,yes,yes,yes,yes | yes",
            "yes,yes,yes,yes,no  | no (delete)",
            "no,yes,?,yes,no     | no (create,delete)",
            "yes,?,yes,yes,yes   | unknown",
    })
    void theAllowedColumnNamesDeniedVerbsAndUnknowns(String answers, String allowed) {
        assertThat(row("secrets", answers).allowed()).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0}, {1} matched -> failures {2}, warnings {3}")
    @CsvSource(delimiter = '|', value = {
            "yes,yes,yes,yes,yes | node1 | 0 | 0",
            "yes,yes,yes,yes,no  | node1 | 1 | 0",
            "yes,?,yes,yes,yes   | node1 | 0 | 1",
            "yes,yes,yes,yes,yes | ''    | 1 | 0",
    })
    void deniedPermissionsAndNoMatchedNodeFailUnknownsOnlyWarn(String answers, String matched, int failures, int warnings) {
        PreflightReport report = new PreflightReport("https://api", Optional.of("v1.32.0"), List.of(row("secrets", answers)),
                List.of("node1", "node2"), matched.isEmpty() ? List.of() : List.of(matched.split(",")),
                Optional.of(new RegistryAnswer("http://r/v2/", true, "HTTP 200")), List.of());
        assertThat(report.failures()).hasSize(failures);
        assertThat(report.warnings()).hasSize(warnings);
    }

    @Test
    void missingImagesAreWarningRowsNotFailures() {
        PreflightReport report = new PreflightReport("https://api", Optional.of("v1.32.0"),
                List.of(row("secrets", "yes,yes,yes,yes,yes")), List.of("node1"), List.of("node1"),
                Optional.of(new RegistryAnswer("http://r:5000/v2/", true, "HTTP 200")), List.of())
                .withImages(List.of(
                        new ImageAnswer("r:5000/ccp/keystone:latest", Optional.of(true), "HTTP 200"),
                        new ImageAnswer("r:5000/ccp/nova-api:latest", Optional.of(false), "HTTP 404"),
                        new ImageAnswer("r:5000/ccp/glance-api:latest", Optional.empty(), "HTTP 401")));

        assertThat(report.failures()).isEmpty();
        assertThat(report.warnings()).containsExactly(
                "1 of 3 images not in the registry (build and push them with `ccp build`, or check images.tag and"
                        + " images.namespace): r:5000/ccp/nova-api:latest",
                "the registry did not say whether it holds r:5000/ccp/glance-api:latest (HTTP 401)");
        assertThat(report.render()).contains(String.join("\n",
                "image                         present",
                "r:5000/ccp/keystone:latest    yes",
                "r:5000/ccp/nova-api:latest    MISSING",
                "r:5000/ccp/glance-api:latest  unknown (HTTP 401)", ""));
    }

    @Test
    void theRegistryBaseIsWhereItAnsweredWithoutV2() {
        assertThat(new RegistryAnswer("http://127.0.0.1:31500/v2/", true, "HTTP 200").base())
                .isEqualTo("http://127.0.0.1:31500");
    }

    private static PermissionRow row(String resource, String answers) {
        Map<String, Optional<Boolean>> verbs = new LinkedHashMap<>();
        String[] values = answers.split(",");
        for (int i = 0; i < values.length; i++) {
            String value = values[i].trim();
            verbs.put(Preflight.VERBS.get(i), value.equals("?") ? Optional.empty() : Optional.of(value.equals("yes")));
        }
        return new PermissionRow(resource, verbs);
    }
}
