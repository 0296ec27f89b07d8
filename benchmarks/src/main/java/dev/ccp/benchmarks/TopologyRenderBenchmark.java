package dev.ccp.benchmarks;

import dev.ccp.dsl.cloud.Cloud;
import dev.ccp.dsl.cloud.CloudLoader;
import dev.ccp.dsl.config.HostEnvironment;
import dev.ccp.renderer.EnvironmentRenderer;
import dev.ccp.renderer.RenderRequest;
import dev.ccp.renderer.RenderedEnvironment;
import dev.ccp.topology.PlacedTopology;
import dev.ccp.topology.TopologyBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * In-process topology + render of a large cloud: 200 synthetic services, half on three
 * controller nodes and half on every node, for 250/500/1000 nodes. Target: <= 2 s at 1000 nodes,
 * growing roughly linearly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TopologyRenderBenchmark {

    private static final int SERVICES = 200;

    @Param({"250", "500", "1000"})
    public int nodes;

    private Cloud cloud;
    private List<String> nodeNames;
    private Set<String> daemonSets;

    @Setup
    public void generate() throws Exception {
        Path repo = Path.of(System.getProperty("ccp.repo", ".")).toAbsolutePath().normalize();
        Path dir = Files.createTempDirectory("ccp-bench-topology");
        Process gen = new ProcessBuilder(repo.resolve("tools/bench/gen-services.sh").toString(), dir.resolve("cloud").toString(),
                Integer.toString(SERVICES), "20").redirectErrorStream(true).start();
        Path config = Path.of(new String(gen.getInputStream().readAllBytes()).trim());
        if (gen.waitFor() != 0) {
            throw new IllegalStateException("gen-services.sh failed");
        }
        // Replace the generated topology: half the services on 3 controllers, half everywhere.
        String text = Files.readString(config);
        StringBuilder topology = new StringBuilder(text.substring(0, text.indexOf("nodes:")));
        topology.append("nodes:\n  node-000[0-2]$: {roles: [control]}\n  node-.*: {roles: [everywhere]}\nroles:\n  control:\n");
        for (int s = 0; s < SERVICES / 2; s++) {
            topology.append("    - svc-").append(s).append('\n');
        }
        topology.append("  everywhere:\n");
        for (int s = SERVICES / 2; s < SERVICES; s++) {
            topology.append("    - svc-").append(s).append('\n');
        }
        Files.writeString(config, topology.toString());
        cloud = CloudLoader.standard().load(Optional.of(config), new HostEnvironment(dir, 2, repo.resolve("components")));
        cloud.services().requireValid();
        nodeNames = new ArrayList<>();
        for (int n = 0; n < nodes; n++) {
            nodeNames.add(String.format("node-%04d", n));
        }
        daemonSets = TopologyBuilder.daemonSets(cloud.services().definitions());
        int objects = placeAndRender().objects().size();
        if (objects < SERVICES * 4) {
            throw new IllegalStateException("expected at least " + SERVICES * 4 + " objects, got " + objects);
        }
    }

    @Benchmark
    public RenderedEnvironment placeAndRender() {
        PlacedTopology placed = TopologyBuilder.of(cloud.config()).place(nodeNames, daemonSets);
        return EnvironmentRenderer.standard().render(RenderRequest.of(cloud.config(), cloud.services(), placed.topology()));
    }
}
