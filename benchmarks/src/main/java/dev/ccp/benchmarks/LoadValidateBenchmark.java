package dev.ccp.benchmarks;

import dev.ccp.dsl.cloud.Cloud;
import dev.ccp.dsl.cloud.CloudLoader;
import dev.ccp.dsl.config.ConfigLoader;
import dev.ccp.dsl.config.HostEnvironment;
import dev.ccp.dsl.config.LoadedConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Warm load + merge + validate of a synthetic cloud (tools/bench/gen-services.sh): config files
 * and includes, component defaults, rendering every service definition with the Jinja dialect,
 * the DSL version gate, schema validation, dependency resolution and cycle checks.
 * Target: <= 50 ms for ~40 services.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoadValidateBenchmark {

    @Param({"40"})
    public int services;

    private Path config;
    private HostEnvironment host;

    @Setup
    public void generate() throws IOException, InterruptedException {
        Path repo = Path.of(System.getProperty("ccp.repo", ".")).toAbsolutePath().normalize();
        Path dir = Files.createTempDirectory("ccp-bench");
        Process gen = new ProcessBuilder(repo.resolve("tools/bench/gen-services.sh").toString(), dir.resolve("cloud").toString(),
                Integer.toString(services), "8").redirectErrorStream(true).start();
        String out = new String(gen.getInputStream().readAllBytes()).trim();
        if (gen.waitFor() != 0) {
            throw new IllegalStateException("gen-services.sh failed: " + out);
        }
        config = Path.of(out);
        host = new HostEnvironment(dir, 2, repo.resolve("components"));
        Cloud cloud = loadAndValidate();
        if (cloud.services().services().size() < services) {
            throw new IllegalStateException("expected " + services + " services, got " + cloud.services().services());
        }
    }

    /** Everything `ccp validate` does in-process. */
    @Benchmark
    public Cloud loadAndValidate() {
        Cloud cloud = CloudLoader.standard().load(Optional.of(config), host);
        cloud.services().requireValid();
        return cloud;
    }

    /** Only the configuration: files, includes, component defaults, merge, schema. */
    @Benchmark
    public LoadedConfig configOnly() {
        return new ConfigLoader().load(Optional.of(config), host);
    }
}
