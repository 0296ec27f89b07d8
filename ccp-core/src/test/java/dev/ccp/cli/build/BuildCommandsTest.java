package dev.ccp.cli.build;

import dev.ccp.builders.image.AgentArtifacts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccp.builders.git.GitCheckout;
import dev.ccp.cli.Cli;
import dev.ccp.cli.CommandTable;
import dev.ccp.cli.Console;
import dev.ccp.cli.RuntimeEnvironment;
import dev.ccp.cli.command.BuildCommand;
import dev.ccp.cli.command.ImagesListCommand;
import dev.ccp.cli.command.ValidateDockerfiles;
import dev.ccp.dsl.config.ConfigLoader;
import dev.ccp.dsl.config.HostEnvironment;
import dev.ccp.dsl.config.LoadedConfig;
import dev.ccp.testing.RequiredServices;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ccp build, ccp images list and the dockerfiles validation, run in-process through the dispatcher. */
class BuildCommandsTest {

    private static final AgentArtifacts AGENT = AgentArtifacts.under(Path.of("..").toAbsolutePath().normalize());

    private static final Path REPO = Path.of(System.getProperty("ccp.repo", "..")).toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static final GitCheckout NO_GIT = new GitCheckout() {
        @Override
        public String cloneAt(String url, String ref, Path destination) {
            throw new AssertionError("no clone expected");
        }

        @Override
        public String update(Path repository, String ref) {
            throw new AssertionError("no update expected");
        }

        @Override
        public String head(Path repository) {
            throw new AssertionError("no head expected");
        }
    };

    private int run(Path componentsParent, String... args) {
        return run(Console.capturing(out, err), componentsParent, args);
    }

    private int run(Console console, Path componentsParent, String... args) {
        CommandTable table = CommandTable.standard().with(new ImagesListCommand()).with(new BuildCommand(NO_GIT));
        Cli cli = new Cli(table, console,
                new RuntimeEnvironment(dir.resolve("home"), 2, Optional.of(componentsParent), dir));
        return cli.run(args);
    }

    private Path config(String yaml) throws IOException {
        Path file = dir.resolve("ccp.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void imagesListPrintsSortedNamesMatchingThePrefixes() throws IOException {
        assertThat(run(REPO, "--config-file", config("{}\n").toString(), "images", "list", "nova")).isZero();
        List<String> names = out.toString().lines().toList();
        assertThat(names).isNotEmpty().allMatch(name -> name.startsWith("nova")).isSorted()
                .contains("nova-api", "nova-base", "nova-compute").doesNotContain("placement-api");
    }

    @Test
    void imagesListNamesAComponentMatchingNothing() throws IOException {
        assertThat(run(REPO, "--config-file", config("{}\n").toString(), "images", "list", "zz")).isEqualTo(2);
        assertThat(err.toString()).contains("Component \"zz\" doesn't match any dockerfile");
    }

    @Test
    void theInTreeDockerfilesAreValid() {
        LoadedConfig loaded = new ConfigLoader().load(Optional.empty(),
                new HostEnvironment(dir, 2, REPO.resolve("components")));
        assertThat(ValidateDockerfiles.problems(loaded, AGENT)).isEmpty();
        assertThat(ValidateDockerfiles.validate(loaded, AGENT)).startsWith("Dockerfiles validation passed successfully: ");
    }

    @Test
    void baseImageRulesAreReported() throws IOException {
        write("c/r/docker/one/Dockerfile.j2", "FROM debian\n");
        write("c/r/docker/two/Dockerfile.j2", "FROM debian\n");
        write("c/r/docker/three/Dockerfile.j2", "FROM {{ image_spec('two') }}\n");
        LoadedConfig loaded = new ConfigLoader().load(Optional.of(config("images: {base_images: [one, three]}\n")),
                new HostEnvironment(dir, 2, dir.resolve("c")));
        assertThat(ValidateDockerfiles.problems(loaded, AGENT)).extracting(problem -> problem.message()).containsExactly(
                "Image three is listed as base image but has a parent two",
                "Image two doesn't have a parent and is not listed as base image. Malformed FROM line?");
    }

    @Test
    void pushingWithoutARegistryIsRefused() throws IOException {
        assertThat(run(REPO, "--config-file", config("builder: {push: true}\n").toString(), "build")).isEqualTo(2);
        assertThat(err.toString()).contains("No registry specified, cannot push");
    }

    @Test
    void buildPrintsProgressAndSummaryAndWritesTheJson() throws IOException {
        RequiredServices.docker();
        String namespace = "ccp-test-" + UUID.randomUUID().toString().substring(0, 8);
        write("tree/components/r/docker/base/Dockerfile.j2", "FROM {{ base_distro }}:{{ base_tag }}\nRUN true\n");
        write("tree/components/r/docker/child/Dockerfile.j2", "FROM {{ image_spec('base') }}\nRUN false\n");
        Path json = dir.resolve("out/summary.json");
        int code = run(dir.resolve("tree"), "--config-file", config("images: {namespace: " + namespace + "}\n").toString(),
                "build", "--workers", "1", "--summary-json", json.toString(), "--log-dir", "logs");
        try {
            assertThat(code).as(err.toString()).isEqualTo(1);
            assertThat(err.toString()).contains("[1/2] base: built in ", "[2/2] child: failed in ");
            assertThat(out.toString()).contains("1 image(s) built: base", "1 image(s) failed: child (build failed: ");
            JsonNode summary = new ObjectMapper().readTree(json.toFile());
            assertThat(summary.path("counts").path("built").asInt()).isEqualTo(1);
            assertThat(summary.path("counts").path("failed").asInt()).isEqualTo(1);
            assertThat(dir.resolve("logs/child.log")).exists();
        } finally {
            TestImages.remove(namespace + "/base:latest");
        }
    }

    @Test
    void onATerminalTheProgressIsATableRedrawnInPlaceAndTheSummaryIsPlain() throws IOException {
        RequiredServices.docker();
        String namespace = "ccp-test-" + UUID.randomUUID().toString().substring(0, 8);
        write("tree/components/r/docker/base/Dockerfile.j2", "FROM {{ base_distro }}:{{ base_tag }}\nRUN sleep 1\n");
        Console terminal = new Console(new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true), true);
        int code = run(terminal, dir.resolve("tree"), "--config-file",
                config("images: {namespace: " + namespace + "}\n").toString(), "build", "--no-cache");
        try {
            assertThat(code).as(err.toString()).isZero();
            assertThat(err.toString())
                    .contains("\u001b[2Kbuilding: 0/1 done, 1 running\n\u001b[2K  base  building ")
                    .contains("\u001b[2K[1/1] base: built in ")
                    .endsWith("\u001b[J");
            assertThat(out.toString()).contains("1 image(s) built: base").doesNotContain("\u001b");
        } finally {
            TestImages.remove(namespace + "/base:latest");
        }
    }
}
