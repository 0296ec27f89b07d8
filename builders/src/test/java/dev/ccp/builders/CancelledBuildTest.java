package dev.ccp.builders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.builders.engine.DockerJavaEngine;
import dev.ccp.builders.engine.RegistryHttpApi;
import dev.ccp.builders.run.BuildListener;
import dev.ccp.builders.run.BuildReport;
import dev.ccp.builders.run.BuildSettings;
import dev.ccp.builders.run.ImageResult;
import dev.ccp.builders.run.ImageState;
import dev.ccp.builders.run.PlannedImage;
import dev.ccp.dsl.config.LoadedConfig;
import dev.ccp.testing.RequiredServices;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGINT/SIGTERM during a build, through {@link ImageBuild#cancel()} (what {@code ccp build}'s
 * shutdown hook calls): the running build is stopped in dockerd, pending images end as
 * cancelled, and the partial report says so with exit code 1.
 */
class CancelledBuildTest {

    private DockerJavaEngine engine;

    @TempDir
    Path dir;

    @BeforeEach
    void services() {
        RequiredServices.docker();
        engine = DockerJavaEngine.connect("unix:///var/run/docker.sock", Duration.ofSeconds(60));
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void cancellingStopsTheRunningBuildAndCancelsThePendingImages() throws Exception {
        String marker = "ccp-cancel-" + UUID.randomUUID().toString().substring(0, 8);
        LoadedConfig loaded = new ImageTreeFixture(dir)
                .dockerfile("repo", "slow", "FROM {{ base_distro }}:{{ base_tag }}\nRUN sleep 30 && echo " + marker + "\n")
                .dockerfile("repo", "slow-child", "FROM {{ image_spec('slow') }}\nRUN true\n")
                .dockerfile("repo", "zz-other", "FROM {{ base_distro }}:{{ base_tag }}\nRUN echo " + marker + "\n")
                .config("images: {namespace: " + marker + ", tag: t1}\n")
                .load();
        CountDownLatch slowRunning = new CountDownLatch(1);
        BuildListener listener = new BuildListener() {
            @Override
            public void output(String image, String line) {
                if (image.equals("slow") && line.contains("Running in")) {
                    slowRunning.countDown();
                }
            }
        };
        BuildSettings settings = new BuildSettings(1, true, false, "", Optional.empty(), Map.of(), dir.resolve("logs"),
                dir.resolve("work"), 1, Duration.ofMillis(100));
        ImageBuild build = new ImageBuild(engine, new RegistryHttpApi(true, Optional.empty(), Duration.ofSeconds(10)),
                new FakeGitCheckout(), settings, listener, dir);
        List<PlannedImage> plan = build.plan(loaded.config(), loaded.repositories(), List.of());
        assertThat(plan).extracting(PlannedImage::image).containsExactly("slow", "slow-child", "zz-other");

        CompletableFuture<BuildReport> running = CompletableFuture.supplyAsync(() -> build.run(plan));
        assertThat(slowRunning.await(60, TimeUnit.SECONDS)).as("the RUN sleep step started").isTrue();
        long appear = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!containersRunning(marker) && System.nanoTime() < appear) {
            Thread.sleep(100);
        }
        assertThat(containersRunning(marker)).as("the sleep container runs before the cancel").isTrue();
        long cancelled = System.nanoTime();
        build.cancel();
        BuildReport report = running.get(30, TimeUnit.SECONDS);
        long stopMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cancelled);
        System.out.println("run returned " + stopMillis + " ms after cancel");

        assertThat(stopMillis).isLessThan(10_000);
        Map<String, ImageState> states = report.results().stream()
                .collect(Collectors.toMap(ImageResult::name, ImageResult::state, (a, b) -> a, TreeMap::new));
        assertThat(states).isEqualTo(Map.of("slow", ImageState.FAILED, "slow-child", ImageState.CANCELLED,
                "zz-other", ImageState.CANCELLED));
        assertThat(report.results().get(0).detail()).isEqualTo("Building 'slow' was interrupted");
        assertThat(report.interrupted()).isTrue();
        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.summaryLines()).contains("2 image(s) cancelled: slow-child, zz-other")
                .anyMatch(line -> line.startsWith("1 image(s) failed: slow (Building 'slow' was interrupted)"))
                .last().asString().startsWith("3 image(s) in ").endsWith(" s (interrupted)");
        assertThat(engine.localLabels(marker + "/slow:t1")).isEmpty();

        long deadline = cancelled + TimeUnit.SECONDS.toNanos(10);
        while (containersRunning(marker) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        long containerMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cancelled);
        System.out.println("build container gone " + containerMillis + " ms after cancel");
        assertThat(containersRunning(marker)).as("dockerd stopped the RUN sleep 30 container").isFalse();
    }

    /** Whether a container runs a command containing {@code marker} (a build step's intermediate container). */
    private static boolean containersRunning(String marker) throws IOException, InterruptedException {
        Process docker = new ProcessBuilder("docker", "ps", "--no-trunc", "--format", "{{.Command}}")
                .redirectErrorStream(true).start();
        String output = new String(docker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(docker.waitFor()).as(output).isZero();
        return output.contains(marker);
    }
}
