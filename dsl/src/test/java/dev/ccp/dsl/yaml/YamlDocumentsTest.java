package dev.ccp.dsl.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Single documents (service definitions, actions, upgrades) follow the PyYAML rules of config files. */
class YamlDocumentsTest {

    private static Object value(String yamlValue) {
        return ((Map<?, ?>) YamlDocuments.parseSingle("v: " + yamlValue + "\n", "svc.yaml", false)).get("v");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "yes        | true",
        "Off        | false",
        "0600       | 384",
        "0x1f       | 31",
        "1:30       | 90",
        "08         | 08",
        "1e3        | 1e3",
        "'0600'     | 0600",
        "2017-03-01 | 2017-03-01",
    })
    void scalarsAreReadAsPyYamlReadsThem(String written, String expected) {
        Object value = value(written);
        assertThat(String.valueOf(value)).isEqualTo(expected);
    }

    @Test
    void scalarTypesAreThoseOfConfigFiles() {
        assertThat(value("yes")).isEqualTo(Boolean.TRUE);
        assertThat(value("0600")).isEqualTo(384);
        assertThat(value("'0600'")).isEqualTo("0600");
        assertThat(value("2017-03-01")).isEqualTo("2017-03-01");
        assertThat(value("~")).isNull();
    }

    @Test
    void mappingKeysAreStringsInDocumentOrder() {
        Object document = YamlDocuments.parseSingle("b: 1\n1: x\ntrue: y\na: 2\n", "svc.yaml", false);

        assertThat(document).isInstanceOf(Map.class);
        assertThat(List.<Object>copyOf(((Map<?, ?>) document).keySet())).containsExactly("b", "1", "true", "a");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theResultCannotBeModified() {
        Map<?, ?> document = (Map<?, ?>) YamlDocuments.parseSingle("a: [1, 2]\n", "svc.yaml", false);

        assertThatThrownBy(() -> ((List<Object>) document.get("a")).add(3))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anEmptyTextIsNoDocument() {
        assertThat(YamlDocuments.parseSingle("", "svc.yaml", false)).isNull();
        assertThat(YamlDocuments.parseSingle("# only a comment\n", "svc.yaml", false)).isNull();
    }

    @Test
    void anyValueMayBeTheDocument() {
        assertThat(YamlDocuments.parseSingle("- a\n- b\n", "svc.yaml", false)).isEqualTo(List.of("a", "b"));
    }

    @Test
    void aSyntaxErrorNamesFileAndLine() {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> YamlDocuments.parseSingle("a: 1\nb: [2\n", "svc.yaml", false));

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("svc.yaml");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).startsWith("invalid YAML: ");
        });
    }

    @Test
    void inRenderedTextTheLineIsSaidToBeOfTheRenderedText() {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> YamlDocuments.parseSingle("a: 1\n  b: 2\n", "svc.yaml", true));

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).startsWith("invalid YAML after rendering (line of the rendered text): ");
        });
    }

    @Test
    void moreThanOneDocumentIsAProblem() {
        assertThatThrownBy(() -> YamlDocuments.parseSingle("a: 1\n---\nb: 2\n", "svc.yaml", false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("svc.yaml:2: invalid YAML: ")
                .hasMessageContaining("expected a single document");
    }

    @Test
    void globalTagsOfOtherLanguagesAreRefused() {
        assertThatThrownBy(() -> YamlDocuments.parseSingle("k: !!python/name:os.system x\n", "svc.yaml", false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("svc.yaml:1: invalid YAML: ");
    }

    @Test
    void unsupportedTagsAreAllReportedAtTheirKeyPaths() {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> YamlDocuments.parseSingle("a: !include [x]\nfiles:\n  k: !vault x\n",
                        "svc.yaml", true));

        assertThat(error.problems()).extracting(Problem::line, Problem::keyPath).containsExactly(
                tuple(1, "a"), tuple(3, "files.k"));
        assertThat(error.problems()).allSatisfy(problem ->
                assertThat(problem.message()).contains("unsupported tag").endsWith("(line of the rendered text)"));
    }
}
