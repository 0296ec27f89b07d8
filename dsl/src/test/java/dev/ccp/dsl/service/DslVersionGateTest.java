package dev.ccp.dsl.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DslVersionGateTest {

    private static RawDefinition withVersion(String name, String version) {
        return TestDefinitions.raw("dsl_version: '" + version + "'\nservice: {name: " + name + "}\n");
    }

    @Test
    void toolVersionIsZeroTen() {
        assertThat(DslVersion.CURRENT.text()).isEqualTo("0.10.0");
    }

    @ParameterizedTest(name = "tool {0}, definition {1}: passes={2}")
    @CsvSource({
        "0.2.0, 0.3.0, false",
        "0.2.0, 1.0.0, false",
        "0.2.0, 0.1.0, true",
        "0.10.0, 0.10.0, true",
        "0.10.0, 0.9.0, true",
        "0.10.0, 0.1.0, true",
        "0.10.0, 0.11.0, false",
        "0.10.0, 0.10.1, false",
        "0.10.0, 0.2, true",
        "1.2.0, 0.9.0, false",
    })
    void comparesDefinitionVersionWithToolVersion(String tool, String definition, boolean passes) {
        DslVersionGate gate = new DslVersionGate(DslVersion.parse(tool));

        Optional<Problem> problem = gate.check(withVersion("svc", definition));

        assertThat(problem.isEmpty()).isEqualTo(passes);
    }

    @Test
    void newerVersionSaysSoWithBothVersionsAsWritten() {
        Problem problem = new DslVersionGate(DslVersion.parse("0.2.0")).check(withVersion("svc", "0.3")).orElseThrow();

        assertThat(problem.file()).isEqualTo("svc.yaml");
        assertThat(problem.keyPath()).isEqualTo("dsl_version");
        assertThat(problem.message()).isEqualTo("service version (0.3) greater than parser version (0.2.0)");
    }

    @Test
    void differentMajorSaysSo() {
        Problem problem = new DslVersionGate(DslVersion.parse("1.2.0")).check(withVersion("svc", "0.9.0")).orElseThrow();

        assertThat(problem.message()).isEqualTo("major versions of service (0.9.0) and parser (1.2.0) are not equal");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1", "1.2.3.4", "", "1.2.", "v1.2.3", "1.2.3-beta"})
    void malformedVersionIsAProblemNamingFileAndKey(String version) {
        Problem problem = DslVersionGate.current().check(withVersion("svc", version)).orElseThrow();

        assertThat(problem.file()).isEqualTo("svc.yaml");
        assertThat(problem.keyPath()).isEqualTo("dsl_version");
        assertThat(problem.message()).startsWith("expected a version X.Y or X.Y.Z, found ");
    }

    @Test
    void unquotedNumberVersionIsMalformedWithAHint() {
        Problem problem = DslVersionGate.current()
                .check(TestDefinitions.raw("dsl_version: 0.9\nservice: {name: svc}\n")).orElseThrow();

        assertThat(problem.message()).isEqualTo("expected a version X.Y or X.Y.Z, found 0.9 (a number)"
                + " (write it quoted, e.g. '0.9.0')");
    }

    @Test
    void missingVersionIsAProblem() {
        Problem problem = DslVersionGate.current().check(TestDefinitions.raw("service: {name: svc}\n")).orElseThrow();

        assertThat(problem.message()).startsWith("missing required key 'dsl_version'");
    }

    @Test
    void readsTheVersionOfAnOtherwiseBrokenDefinition() {
        RawDefinition broken = TestDefinitions.raw("dsl_version: 0.11.0\nservice: [not, a, mapping]\nbogus: 1\n");

        assertThat(DslVersionGate.current().check(broken)).map(Problem::message)
                .contains("service version (0.11.0) greater than parser version (0.10.0)");
    }

    @Test
    void requireNamesEveryIncompatibleServiceAndCarriesEveryProblem() {
        List<RawDefinition> definitions = List.of(withVersion("a", "0.11.0"), withVersion("b", "0.9.0"),
                withVersion("c", "1.0.0"), withVersion("d", "abc"));

        assertThatThrownBy(() -> DslVersionGate.current().require(definitions))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.summary()).isEqualTo("The following services have incompatible versions: a, c, d");
                    assertThat(e.problems()).extracting(Problem::file).containsExactly("a.yaml", "c.yaml", "d.yaml");
                });
    }

    @Test
    void requirePassesCompatibleDefinitions() {
        DslVersionGate.current().require(List.of(withVersion("a", "0.9.0"), withVersion("b", "0.1")));
    }
}
