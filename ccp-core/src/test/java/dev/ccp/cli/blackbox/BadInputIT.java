package dev.ccp.cli.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.cli.blackbox.CcpProcess.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken inputs under {@code src/test/resources/bad-input}: each case is a folder
 * with the files of a broken setup and a {@code case.yaml} naming the arguments, what the error
 * must mention and ({@code absent}) what must not have been written. Every case must exit 2, name the file and key path, and print no stack
 * trace.
 */
class BadInputIT {

    private static final Path CORPUS = Paths.get("src/test/resources/bad-input");

    @TempDir
    Path work;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void theCorpusHasAtLeastThirtyCases() throws IOException {
        assertThat(cases().count()).isGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void brokenInputExitsTwoWithAClearMessage(String name) throws IOException {
        Path dir = copyCase(CORPUS.resolve(name), work.resolve(name));
        Map<String, Object> spec = readSpec(dir.resolve("case.yaml"));
        @SuppressWarnings("unchecked")
        List<String> args = (List<String>) spec.get("args");
        @SuppressWarnings("unchecked")
        List<String> expected = (List<String>) spec.get("expect");

        Result result = CcpProcess.runIn(dir, Map.of(), args.toArray(String[]::new));

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        for (String fragment : expected) {
            assertThat(result.err()).as(result.toString()).contains(fragment);
        }
        assertThat(result.err()).as(result.toString())
                .doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("internal error");
        assertThat(result.out()).as("nothing on stdout for a failed run: " + result).isEmpty();
        @SuppressWarnings("unchecked")
        List<String> absent = (List<String>) spec.getOrDefault("absent", List.of());
        for (String path : absent) {
            assertThat(dir.resolve(path)).as("a failed run writes nothing: " + path).doesNotExist();
        }
    }

    private static Map<String, Object> readSpec(Path file) throws IOException {
        org.yaml.snakeyaml.Yaml yaml = new org.yaml.snakeyaml.Yaml();
        return yaml.load(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Copies a case, replacing {@code @CASE_DIR@} with the copy's absolute path. */
    private static Path copyCase(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    String text = Files.readString(source, StandardCharsets.UTF_8);
                    Files.writeString(target, text.replace("@CASE_DIR@", to.toAbsolutePath().toString()), StandardCharsets.UTF_8);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return to;
    }
}
