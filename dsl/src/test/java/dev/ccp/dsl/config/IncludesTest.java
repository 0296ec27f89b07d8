package dev.ccp.dsl.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.dsl.yaml.ConfigTree;
import dev.ccp.dsl.yaml.KeyPath;
import dev.ccp.dsl.yaml.Origin;
import dev.ccp.dsl.yaml.YamlFileLoader;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples of REFERENCE 2.4: documents and includes merge in place, later wins. */
class IncludesTest {

    @TempDir
    Path dir;

    private TestFiles files;

    @BeforeEach
    void setUp() {
        files = new TestFiles(dir);
    }

    private static Map<String, Object> load(Path file) {
        return loadTree(file).values();
    }

    private static ConfigTree loadTree(Path file) {
        return ConfigMerger.merge(new YamlFileLoader("").load(file));
    }

    @Test
    void laterDocumentsWin() {
        Path file = files.write("ccp.yaml", "a: 1\nb: 2\n---\na: 3\nc: 4\n");
        assertThat(load(file)).isEqualTo(Map.of("a", 3, "b", 2, "c", 4));
    }

    @Test
    void anIncludedDocumentAfterGivesTheSameResult() {
        files.write("inc.yaml", "a: 3\nc: 4\n");
        Path file = files.write("ccp.yaml", "a: 1\nb: 2\n---\n!include\n- inc.yaml\n");
        assertThat(load(file)).isEqualTo(Map.of("a", 3, "b", 2, "c", 4));
    }

    @Test
    void anIncludedDocumentBeforeGivesTheSameResult() {
        files.write("inc.yaml", "a: 1\nb: 2\n");
        Path file = files.write("ccp.yaml", "!include\n- inc.yaml\n---\na: 3\nc: 4\n");
        assertThat(load(file)).isEqualTo(Map.of("a", 3, "b", 2, "c", 4));
    }

    @Test
    void twoIncludesMergeDeeplyInListOrder() {
        files.write("inc1.yaml", "{\"a\": {\"b\": 1, \"c\": 2}}\n");
        files.write("inc2.yaml", "{\"a\": {\"c\": 3}, \"d\": 4}\n");
        Path oneList = files.write("one-list.yaml", "!include\n- inc1.yaml\n- inc2.yaml\n");
        Path twoDocuments = files.write("two-docs.yaml", "!include\n- inc1.yaml\n---\n!include\n- inc2.yaml\n");
        Map<String, Object> expected = Map.of("a", Map.of("b", 1, "c", 3), "d", 4);
        assertThat(load(oneList)).isEqualTo(expected);
        assertThat(load(twoDocuments)).isEqualTo(expected);
    }

    @Test
    void includedFilesMayHaveSeveralDocumentsAndTheirOwnIncludes() {
        files.write("deeper/leaf.yaml", "x: leaf\ny: leaf\n");
        files.write("deeper/middle.yaml", "!include\n- leaf.yaml\n---\ny: middle\nz: middle\n");
        Path top = files.write("top.yaml", "x: top\ny: top\nz: top\n---\n!include\n- deeper/middle.yaml\n");
        assertThat(load(top)).isEqualTo(Map.of("x", "leaf", "y", "middle", "z", "middle"));
    }

    @Test
    void documentsAfterAnIncludeOverrideItAndDocumentsBeforeAreOverridden() {
        files.write("inc.yaml", "before: included\nafter: included\n");
        Path file = files.write("ccp.yaml", "before: main\n---\n!include\n- inc.yaml\n---\nafter: main\n");
        assertThat(load(file)).isEqualTo(Map.of("before", "included", "after", "main"));
    }

    @Test
    void anIncludedFileMergesAsAWholeAtItsPlace() {
        // The included file's own documents are merged first, then the result over what came before.
        files.write("inc.yaml", "a: scalar\n---\na:\n  y: 2\n");
        Path file = files.write("ccp.yaml", "a:\n  x: 1\n---\n!include\n- inc.yaml\n");
        assertThat(load(file)).isEqualTo(Map.of("a", Map.of("x", 1, "y", 2)));
    }

    @Test
    void emptyFileGivesAnEmptyMapping() {
        Path empty = files.write("empty.yaml", "");
        Path main = files.write("main.yaml", "!include\n- empty.yaml\n");
        assertThat(load(empty)).isEmpty();
        assertThat(load(main)).isEmpty();
    }

    @Test
    void originsPointIntoTheFileThatSetTheValue() {
        Path inc = files.write("inc.yaml", "registry:\n  address: 127.0.0.1:31500\n");
        Path main = files.write("ccp.yaml", "registry:\n  timeout: 60\n---\n!include\n- inc.yaml\n");
        ConfigTree tree = loadTree(main);
        assertThat(tree.originOf(KeyPath.of("registry", "address"))).contains(new Origin("", inc.toString(), 2));
        assertThat(tree.originOf(KeyPath.of("registry", "timeout"))).contains(new Origin("", main.toString(), 2));
    }
}
