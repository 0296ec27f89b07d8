package dev.ccp.dsl.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YamlWriterTest {

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void writesBlockStyleWithSortedKeysAndListsAtTheParentIndentation() {
        Map<String, Object> values = map(
                "verbose_level", 1,
                "default_log_levels", List.of("glanceclient=INFO", "urllib3=WARN"),
                "builder", map("workers", 4, "docker", map("base_url", "unix://var/run/docker.sock"), "push", false),
                "action", map("components", null, "export_dir", ""),
                "nodes", map());
        assertThat(YamlWriter.plain().write(values)).isEqualTo("""
                action:
                  components: null
                  export_dir: ''
                builder:
                  docker:
                    base_url: unix://var/run/docker.sock
                  push: false
                  workers: 4
                default_log_levels:
                - glanceclient=INFO
                - urllib3=WARN
                nodes: {}
                verbose_level: 1
                """);
    }

    @Test
    void writesMappingsAndListsInsideLists() {
        Map<String, Object> values = map(
                "repos", List.of(map("name", "fuel-ccp-keystone", "git_url", "https://example.org/k"), map("name", "b")),
                "matrix", List.of(List.of(1, 2), List.of(), map()),
                "deep", List.of(map("roles", List.of("a", "b"))));
        assertThat(YamlWriter.plain().write(values)).isEqualTo("""
                deep:
                - roles:
                  - a
                  - b
                matrix:
                - - 1
                  - 2
                - []
                - {}
                repos:
                - git_url: https://example.org/k
                  name: fuel-ccp-keystone
                - name: b
                """);
    }

    @ParameterizedTest(name = "{0} is written as {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "plain text|plain text",
        "yes|'yes'",
        "Off|'Off'",
        "123|'123'",
        "1.5|'1.5'",
        "null|'null'",
        "~|'~'",
        "2017-01-01|'2017-01-01'",
        "1:30|'1:30'",
        "*.ccp.svc|'*.ccp.svc'",
        "- item|'- item'",
        "key: value|'key: value'",
        "a #comment|'a #comment'",
        "it's|it's",
        "'quoted'|'''quoted'''",
        "127.0.0.1:31500|127.0.0.1:31500",
        "unix://var/run/docker.sock|unix://var/run/docker.sock",
        "node[1-3]|node[1-3]",
        "MOS Microservices <mos@example.com>|MOS Microservices <mos@example.com>",
        "trailing:|'trailing:'",
        "\" padded \"|' padded '",
        "1e3|1e3",
        "@at|'@at'",
    })
    void quotesStringsOnlyWhenTheyWouldReadBackDifferently(String text, String written) {
        assertThat(YamlWriter.plain().write(map("k", text))).isEqualTo("k: " + written + "\n");
    }

    @Test
    void multiLineTextStaysOnOneLine() {
        assertThat(YamlWriter.plain().write(map("pem", "-----BEGIN-----\nabc\n-----END-----\n")))
                .isEqualTo("pem: \"-----BEGIN-----\\nabc\\n-----END-----\\n\"\n");
    }

    @Test
    void writesNumbersAsPythonDoes() {
        Map<String, Object> values = map("a", 1.0, "b", 0.5, "c", 1e20, "d", Double.POSITIVE_INFINITY, "e", -2.5e-7,
                "f", 10_000_000_000L, "g", Double.NaN);
        assertThat(YamlWriter.plain().write(values)).isEqualTo("""
                a: 1.0
                b: 0.5
                c: 1.0e+20
                d: .inf
                e: -2.5e-07
                f: 10000000000
                g: .nan
                """);
    }

    @Test
    void emptyDocumentIsAnEmptyMapping() {
        assertThat(YamlWriter.plain().write(Map.of())).isEqualTo("{}\n");
    }

    @Test
    void commentsGoOnTheLineOfEverySingleLineValue() {
        Map<String, Object> values = map("registry", map("address", "r:5000", "timeout", 300),
                "roles", map("c", List.of("x", "y")), "nodes", map());
        List<KeyPath> asked = new ArrayList<>();
        String text = YamlWriter.commented(path -> {
            asked.add(path);
            return Optional.of("from " + path);
        }).write(values);
        assertThat(text).isEqualTo("""
                nodes: {}  # from nodes
                registry:
                  address: r:5000  # from registry.address
                  timeout: 300  # from registry.timeout
                roles:
                  c:
                  - x  # from roles.c[0]
                  - y  # from roles.c[1]
                """);
        assertThat(asked).doesNotContain(KeyPath.of("registry"), KeyPath.of("roles", "c"));
    }

    @Test
    void writtenTextReadsBackAsTheSameValues() {
        Map<String, Object> values = map("s", Arrays.asList("yes", "1", "", null, "a: b", "x\ny", "#c", "0x1f", "~"),
                "n", map("i", 7, "f", 2.5, "b", true));
        String text = YamlWriter.plain().write(values);
        YamlFile file = new YamlFileLoader("").parse(text, Path.of("roundtrip.yaml"));
        assertThat(((YamlFile.Document) file.parts().get(0)).tree().values()).isEqualTo(values);
    }
}
