package dev.ccp.dsl.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class YamlFileLoaderTest {

    @TempDir
    Path dir;

    private final YamlFileLoader loader = new YamlFileLoader("");

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static ConfigTree onlyDocument(YamlFile file) {
        assertThat(file.parts()).hasSize(1);
        return ((YamlFile.Document) file.parts().get(0)).tree();
    }

    private Object scalar(String yamlValue) {
        ConfigTree tree = onlyDocument(loader.parse("v: " + yamlValue + "\n", dir.resolve("s.yaml")));
        return tree.values().get("v");
    }

    @ParameterizedTest(name = "{0} is the boolean {1}")
    @CsvSource({"yes,true", "Yes,true", "YES,true", "no,false", "No,false", "on,true", "On,true", "OFF,false",
        "off,false", "True,true", "False,false", "true,true", "FALSE,false"})
    void yaml11WordsAreBooleansAsInPyYaml(String word, boolean expected) {
        assertThat(scalar(word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} stays a string")
    @ValueSource(strings = {"y", "n", "1e3", "0.0.0.0", "08", "0.13.0", "'yes'", "\"123\"", "="})
    void textThatPyYamlKeepsAsAString(String text) {
        Object value = scalar(text);
        assertThat(value).isInstanceOf(String.class);
    }

    @Test
    void numbersFollowYaml11() {
        assertThat(scalar("42")).isEqualTo(42);
        assertThat(scalar("-7")).isEqualTo(-7);
        assertThat(scalar("0x1f")).isEqualTo(31);
        assertThat(scalar("017")).isEqualTo(15);
        assertThat(scalar("0b101")).isEqualTo(5);
        assertThat(scalar("1:30")).isEqualTo(90);
        assertThat(scalar("1_000")).isEqualTo(1000);
        assertThat(scalar("10000000000")).isEqualTo(10_000_000_000L);
        assertThat(scalar("1.5")).isEqualTo(1.5);
        assertThat(scalar("1.0e+3")).isEqualTo(1000.0);
        assertThat(scalar(".inf")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(scalar("-.inf")).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void nullsAndTimestampsAreNullAndText() {
        assertThat(scalar("~")).isNull();
        assertThat(scalar("null")).isNull();
        assertThat(scalar("")).isNull();
        assertThat(scalar("2017-03-01")).isEqualTo("2017-03-01");
    }

    @Test
    void mergeKeysAreExpanded() {
        ConfigTree tree = onlyDocument(loader.parse("base: &b {x: 1, y: 2}\nderived:\n  <<: *b\n  y: 3\n",
                dir.resolve("m.yaml")));
        assertThat(tree.values().get("derived")).isEqualTo(Map.of("x", 1, "y", 3));
        ConfigTree several = onlyDocument(loader.parse("a: &a {x: a}\nb: &b {x: b, y: b}\nc:\n  <<: [*a, *b]\n",
                dir.resolve("m2.yaml")));
        assertThat(several.values().get("c")).as("earlier merged mappings win, as in PyYAML")
                .isEqualTo(Map.of("x", "a", "y", "b"));
    }

    @Test
    void everyKeyAndListItemRemembersItsLine() throws IOException {
        Path file = write("ccp.yaml", "registry:\n  address: 127.0.0.1:31500\nroles:\n  controller:\n  - keystone\n  - mysql\n");
        ConfigTree tree = onlyDocument(loader.load(file));
        assertThat(tree.originOf(KeyPath.of("registry", "address"))).contains(new Origin("", file.toString(), 2));
        assertThat(tree.originOf(KeyPath.of("roles", "controller").index(1))).contains(new Origin("", file.toString(), 6));
        assertThat(tree.originOf(KeyPath.of("roles"))).contains(new Origin("", file.toString(), 3));
    }

    @Test
    void keysWithDotsStayOneSegment() {
        ConfigTree tree = onlyDocument(loader.parse("files:\n  keystone.conf: /tmp/k.j2\n", dir.resolve("f.yaml")));
        assertThat(tree.valueAt(KeyPath.of("files", "keystone.conf"))).contains("/tmp/k.j2");
    }

    @Test
    void emptyFileHasNoDocuments() throws IOException {
        assertThat(loader.load(write("empty.yaml", "")).parts()).isEmpty();
        assertThat(loader.load(write("comments.yaml", "# nothing here\n---\n")).parts()).isEmpty();
    }

    @Test
    void documentsAndIncludesKeepFileOrder() throws IOException {
        write("inc/a.yaml", "a: 1\n");
        Path main = write("main.yaml", "x: 1\n---\n!include\n- inc/a.yaml\n---\ny: 2\n");
        YamlFile file = loader.load(main);
        assertThat(file.parts()).hasSize(3);
        assertThat(file.parts().get(1)).isInstanceOfSatisfying(YamlFile.Include.class,
                include -> assertThat(include.file().path()).isEqualTo(dir.resolve("inc/a.yaml")));
    }

    @Test
    void syntaxErrorNamesFileAndLine() throws IOException {
        Path file = write("bad.yaml", "a: 1\nb: [1, 2\nc: 3\n");
        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    Problem problem = e.problems().get(0);
                    assertThat(problem.file()).isEqualTo(file.toString());
                    assertThat(problem.line()).isEqualTo(3);
                    assertThat(problem.message()).startsWith("invalid YAML: ");
                });
    }

    @Test
    void duplicateKeysAreAnErrorNamingBothLines() throws IOException {
        Path file = write("dup.yaml", "registry:\n  address: a\nbuilder: {}\nregistry:\n  address: b\n");
        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    Problem problem = e.problems().get(0);
                    assertThat(problem.line()).isEqualTo(4);
                    assertThat(problem.keyPath()).isEqualTo("registry");
                    assertThat(problem.message()).contains("duplicate key").contains("line 1");
                });
    }

    @Test
    void aMergeKeyOverriddenLaterIsNotADuplicate() {
        ConfigTree tree = onlyDocument(loader.parse("base: &b {x: 1, y: 2}\nderived:\n  <<: *b\n  y: 3\n",
                dir.resolve("m.yaml")));
        assertThat(tree.values().get("derived")).isEqualTo(java.util.Map.of("x", 1, "y", 3));
    }

    @Test
    void indentationErrorNamesTheLine() throws IOException {
        Path file = write("bad.yaml", "a:\n  b: 1\n c: 2\n");
        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(Problem::line).containsExactly(3));
    }

    @Test
    void missingIncludeNamesIncludingFileLineAndMissingPath() throws IOException {
        Path file = write("ccp.yaml", "a: 1\n---\n!include\n- present.yaml\n- missing.yaml\n");
        write("present.yaml", "b: 2\n");
        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        Problem.at(file.toString(), 5, "", "included file not found: " + dir.resolve("missing.yaml"))))
                .hasMessageContaining(file + ":5: included file not found: " + dir.resolve("missing.yaml"));
    }

    @Test
    void includeCycleNamesTheChain() throws IOException {
        Path a = write("a.yaml", "!include\n- b.yaml\n");
        Path b = write("b.yaml", "x: 1\n---\n!include\n- a.yaml\n");
        assertThatThrownBy(() -> loader.load(a))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        Problem.at(b.toString(), 4, "", "include cycle: " + a + " -> " + b + " -> " + a)));
    }

    @Test
    void sharedIncludesAreNotCycles() throws IOException {
        write("common.yaml", "c: 1\n");
        write("one.yaml", "!include\n- common.yaml\n");
        write("two.yaml", "!include\n- common.yaml\n");
        Path main = write("main.yaml", "!include\n- one.yaml\n- two.yaml\n- common.yaml\n");
        assertThat(loader.load(main).parts()).hasSize(3);
    }

    @Test
    void absoluteIncludesAreUsedAsIs() throws IOException {
        Path other = write("elsewhere/abs.yaml", "z: 9\n");
        Path main = write("conf/main.yaml", "!include\n- " + other + "\n");
        YamlFile file = loader.load(main);
        assertThat(((YamlFile.Include) file.parts().get(0)).file().path()).isEqualTo(other);
    }

    @Test
    void nestedIncludeIsAnError() throws IOException {
        Path file = write("ccp.yaml", "configs:\n  extra: !include\n  - other.yaml\n");
        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        Problem.at(file.toString(), 2, "configs.extra",
                                "!include is only allowed as a whole document (a list of files at the top level)")));
    }

    @Test
    void topLevelDocumentMustBeAMapping() throws IOException {
        Path file = write("list.yaml", "a: 1\n---\n- x\n- y\n---\njust text\n");
        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::format)
                        .containsExactly(
                                file + ":3: expected a mapping at the top level of the document, found a list",
                                file + ":6: expected a mapping at the top level of the document, found 'just text'"));
    }

    @Test
    void everyProblemOfAllFilesIsReportedTogether() throws IOException {
        write("broken.yaml", "a: [\n");
        Path main = write("main.yaml", "!include\n- broken.yaml\n- gone.yaml\n---\nx: !!binary aGk=\n");
        assertThatThrownBy(() -> loader.load(main))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::file)
                        .containsExactly(dir.resolve("broken.yaml").toString(), main.toString(), main.toString()));
    }

    @Test
    void recursiveAliasIsAnErrorNotALoop() {
        assertThatThrownBy(() -> loader.parse("a: &x\n  b: *x\n", dir.resolve("r.yaml")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("recursive alias");
    }

    @Test
    void valuesCannotBeModified() {
        ConfigTree tree = onlyDocument(loader.parse("a:\n  b: [1]\n", dir.resolve("i.yaml")));
        @SuppressWarnings("unchecked")
        Map<String, Object> a = (Map<String, Object>) tree.values().get("a");
        assertThatThrownBy(() -> a.put("c", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((List<?>) a.get("b")).clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
