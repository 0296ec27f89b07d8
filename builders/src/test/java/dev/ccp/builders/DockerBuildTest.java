package dev.ccp.builders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccp.builders.engine.DockerJavaEngine;
import dev.ccp.builders.engine.RegistryHttpApi;
import dev.ccp.builders.run.BuildListener;
import dev.ccp.builders.run.BuildPlanner;
import dev.ccp.builders.run.BuildReport;
import dev.ccp.builders.run.BuildSettings;
import dev.ccp.builders.run.ImageResult;
import dev.ccp.builders.run.ImageState;
import dev.ccp.builders.run.PlannedImage;
import dev.ccp.dsl.config.LoadedConfig;
import dev.ccp.testing.RequiredServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds with the real dockerd and registry: a three-level tree of tiny images FROM
 * debian:bookworm (only COPY and RUN true, so offline and fast), each run in its own
 * namespace; every image created is removed afterwards.
 */
class DockerBuildTest {

    private static DockerJavaEngine engine;
    private static final List<String> created = Collections.synchronizedList(new ArrayList<>());

    @TempDir
    Path dir;

    @BeforeAll
    static void services() {
        RequiredServices.docker();
        RequiredServices.registry();
        engine = DockerJavaEngine.connect("unix:///var/run/docker.sock", Duration.ofSeconds(60));
    }

    /** Removes the images tagged by these tests, then the earlier versions a rebuild left untagged. */
    @AfterAll
    static void removeImages() throws Exception {
        if (engine == null) {
            return;
        }
        created.forEach(engine::remove);
        engine.close();
        var config = com.github.dockerjava.core.DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withDockerHost("unix:///var/run/docker.sock").build();
        try (var docker = com.github.dockerjava.core.DockerClientImpl.getInstance(config,
                new com.github.dockerjava.httpclient5.ApacheDockerHttpClient.Builder().dockerHost(config.getDockerHost()).build())) {
            for (var image : docker.listImagesCmd().withLabelFilter(BuildPlanner.IMAGE_LABEL).exec()) {
                List<String> names = new ArrayList<>();
                if (image.getRepoDigests() != null) {
                    names.addAll(List.of(image.getRepoDigests()));
                }
                if (names.stream().anyMatch(name -> name.contains("/ccp-test-"))) {
                    try {
                        docker.removeImageCmd(image.getId()).withForce(true).exec();
                    } catch (RuntimeException e) {
                        // removed with another tag already
                    }
                }
            }
        }
    }

    /** base -> {mid-a -> {leaf-a1, leaf-a2}, mid-b -> {leaf-b1 (copies a source_dir)}}. */
    private ImageTreeFixture tree(String namespace, String registryYaml) {
        return new ImageTreeFixture(dir)
                .dockerfile("repo", "base", "FROM {{ base_distro }}:{{ base_tag }}\nCOPY hello.txt /hello.txt\nRUN true\n")
                .file("repo", "base", "hello.txt", "hello\n")
                .dockerfile("repo", "mid-a", "FROM {{ image_spec('base') }}\nCOPY a.txt /a.txt\n")
                .file("repo", "mid-a", "a.txt", "a\n")
                .dockerfile("repo", "mid-b", "FROM {{ image_spec('base') }}\nRUN echo b > /b.txt\n")
                .dockerfile("repo", "leaf-a1", "FROM {{ image_spec('mid-a') }}\nRUN test -f /a.txt\n")
                .dockerfile("repo", "leaf-a2", "FROM {{ image_spec('mid-a') }}\nRUN cat /a.txt /hello.txt\n")
                .dockerfile("repo", "leaf-b1", "FROM {{ image_spec('mid-b') }}\n{{ copy_sources('app', '/app') }}\nRUN test -f /app/setup.py\n")
                .write(dir.resolve("app-src/setup.py"), "print('app')\n")
                .config("images: {namespace: " + namespace + ", tag: t1, base_images: [base]}\n"
                        + "sources: {app: {source_dir: " + dir.resolve("app-src") + "}}\n" + registryYaml);
    }

    private BuildReport build(ImageTreeFixture fixture, String registry, boolean push, int pushAttempts) {
        LoadedConfig loaded = fixture.load();
        BuildSettings settings = new BuildSettings(3, false, push, registry, Optional.empty(), Map.of(),
                dir.resolve("logs"), dir.resolve("work-" + UUID.randomUUID()), pushAttempts, Duration.ofMillis(100));
        ImageBuild build = new ImageBuild(engine, new RegistryHttpApi(true, Optional.empty(), Duration.ofSeconds(10)),
                new FakeGitCheckout(), settings, BuildListener.NONE, dir);
        List<PlannedImage> plan = build.plan(loaded.config(), loaded.repositories(), List.of());
        plan.forEach(image -> created.add(image.name().reference()));
        return build.run(plan);
    }

    private static Map<String, ImageState> states(BuildReport report) {
        return report.results().stream().collect(Collectors.toMap(ImageResult::name, ImageResult::state, (a, b) -> a, TreeMap::new));
    }

    private static Map<String, ImageState> all(ImageState state, String... names) {
        Map<String, ImageState> expected = new TreeMap<>();
        for (String name : names) {
            expected.put(name, state);
        }
        return expected;
    }

    @Test
    void treeIsBuiltInParallelPushedThenRebuiltOnlyWhereSomethingChanged() throws Exception {
        String namespace = "ccp-test-" + UUID.randomUUID().toString().substring(0, 8);
        String registryYaml = "registry: {address: '" + RequiredServices.REGISTRY_ADDRESS + "', insecure: true}\nbuilder: {push: true}\n";
        ImageTreeFixture fixture = tree(namespace, registryYaml);
        String[] images = {"base", "leaf-a1", "leaf-a2", "leaf-b1", "mid-a", "mid-b"};

        BuildReport first = build(fixture, RequiredServices.REGISTRY_ADDRESS, true, 3);
        assertThat(states(first)).as(String.join("\n", first.summaryLines())).isEqualTo(all(ImageState.PUSHED, images));
        assertThat(first.exitCode()).isZero();
        JsonNode catalog = new ObjectMapper().readTree(RequiredServices.get("http://127.0.0.1:31500/v2/_catalog?n=1000").body());
        List<String> repositories = new ArrayList<>();
        catalog.path("repositories").forEach(node -> repositories.add(node.asText()));
        for (String image : images) {
            assertThat(repositories).contains(namespace + "/" + image);
            assertThat(RequiredServices.get("http://127.0.0.1:31500/v2/" + namespace + "/" + image + "/tags/list").body())
                    .contains("\"t1\"");
        }
        ImageResult base = first.results().get(0);
        assertThat(base.name()).isEqualTo("base");
        assertThat(engine.localLabels(base.reference()).orElseThrow())
                .containsEntry(BuildPlanner.IMAGE_LABEL, "base").containsEntry(BuildPlanner.HASH_LABEL, base.hash());

        BuildReport second = build(fixture, RequiredServices.REGISTRY_ADDRESS, true, 3);
        assertThat(states(second)).isEqualTo(all(ImageState.ALREADY_PRESENT, images));

        fixture.file("repo", "mid-a", "a.txt", "a changed\n");
        BuildReport third = build(fixture, RequiredServices.REGISTRY_ADDRESS, true, 3);
        Map<String, ImageState> expected = all(ImageState.ALREADY_PRESENT, "base", "mid-b", "leaf-b1");
        expected.putAll(all(ImageState.PUSHED, "mid-a", "leaf-a1", "leaf-a2"));
        assertThat(states(third)).isEqualTo(expected);
    }

    @Test
    void aFailingParentSkipsItsChildrenWhileTheOtherSubtreeIsBuilt() throws Exception {
        String namespace = "ccp-test-" + UUID.randomUUID().toString().substring(0, 8);
        ImageTreeFixture fixture = tree(namespace, "")
                .dockerfile("repo", "mid-a", "FROM {{ image_spec('base') }}\nRUN echo 'about to fail' && ls /does-not-exist\n");
        BuildReport report = build(fixture, "", false, 1);

        Map<String, ImageState> expected = all(ImageState.BUILT, "base", "mid-b", "leaf-b1");
        expected.put("mid-a", ImageState.FAILED);
        expected.putAll(all(ImageState.SKIPPED, "leaf-a1", "leaf-a2"));
        assertThat(states(report)).isEqualTo(expected);
        assertThat(report.exitCode()).isEqualTo(1);
        ImageResult failed = report.inState(ImageState.FAILED).get(0);
        assertThat(failed.detail()).startsWith("build failed: ").contains("returned a non-zero code");
        assertThat(failed.logTail()).anyMatch(line -> line.contains("/does-not-exist"))
                .noneMatch(line -> line.contains("\u001b["));
        assertThat(Files.readString(failed.logFile().orElseThrow())).contains("about to fail");
        assertThat(report.inState(ImageState.SKIPPED)).extracting(ImageResult::detail).containsOnly("parent mid-a failed");
        assertThat(report.summaryLines()).contains(
                "3 image(s) built: base, mid-b, leaf-b1",
                "2 image(s) skipped: leaf-a1 (parent mid-a failed), leaf-a2 (parent mid-a failed)");
        assertThat(report.summaryLines()).anyMatch(line -> line.startsWith("1 image(s) failed: mid-a (build failed: "));

        JsonNode json = new ObjectMapper().readTree(report.toJson());
        assertThat(json.path("failed").asBoolean()).isTrue();
        assertThat(json.path("counts").path("built").asInt()).isEqualTo(3);
        assertThat(json.path("counts").path("failed").asInt()).isEqualTo(1);
        assertThat(json.path("counts").path("skipped").asInt()).isEqualTo(2);
        Map<String, String> jsonStates = new TreeMap<>();
        json.path("images").forEach(image -> jsonStates.put(image.path("name").asText(), image.path("state").asText()));
        assertThat(jsonStates).containsEntry("mid-a", "failed").containsEntry("leaf-a1", "skipped")
                .containsEntry("leaf-b1", "built");
    }

    @Test
    void aDeadRegistryIsRetriedThenReportedWithoutAffectingTheBuild() {
        String namespace = "ccp-test-" + UUID.randomUUID().toString().substring(0, 8);
        String dead = "127.0.0.1:31599";
        ImageTreeFixture fixture = tree(namespace, "registry: {address: '" + dead + "', insecure: true}\nbuilder: {push: true}\n");
        BuildReport report = build(fixture, dead, true, 3);

        ImageResult base = report.results().get(0);
        assertThat(base.state()).isEqualTo(ImageState.FAILED);
        assertThat(base.detail()).startsWith("push failed after 3 attempt(s): ").contains("connection refused");
        // the image itself was built, so the children build on it; their pushes fail the same way
        assertThat(base.imageAvailable()).isTrue();
        assertThat(report.results()).allSatisfy(result -> assertThat(result.state()).isEqualTo(ImageState.FAILED));
        assertThat(report.exitCode()).isEqualTo(1);
    }
}
