package dev.ccp.renderer;

import dev.ccp.dsl.cloud.Cloud;
import dev.ccp.dsl.cloud.CloudLoader;
import dev.ccp.dsl.config.HostEnvironment;
import dev.ccp.topology.Topology;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo environment of the golden tests: {@code fixtures/demo} (one component repository with
 * a service per feature) on nodes node1 (role front) and node2, node3 (role back).
 */
final class Demo {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    static final List<String> NODES = List.of("node1", "node2", "node3");

    /** Where the demo's services run: what the topology of its config gives for node1..node3. */
    static final Topology TOPOLOGY = new Topology(Map.of(
            "web", List.of("node1"),
            "web-canary", List.of("node1"),
            "worker", List.of("node1"),
            "ports", List.of("node1"),
            "store", List.of("node2", "node3"),
            "cache", List.of("node2", "node3")), NODES);

    /** The demo's {@code web-register} job names {@code topology_key: cache}. */
    static final JobTopologyKeys TOPOLOGY_KEYS = (definition, job) -> "web-register".equals(job.name())
            ? Optional.of("cache") : Optional.empty();

    private Demo() {
    }

    static final Path DIRECTORY = FIXTURES.resolve("demo");

    static Cloud load() {
        return load(DIRECTORY);
    }

    /** The fixture in {@code directory}: its {@code config.yaml} and {@code components/}. */
    static Cloud load(Path directory) {
        return CloudLoader.standard().load(Optional.of(directory.resolve("config.yaml")),
                new HostEnvironment(Path.of("/home/tester"), 1, directory.resolve("components")));
    }

    static RenderRequest request(Cloud cloud) {
        cloud.services().requireValid();
        return RenderRequest.of(cloud.config(), cloud.services(), TOPOLOGY).withJobTopologyKeys(TOPOLOGY_KEYS);
    }

    static RenderedEnvironment render() {
        return EnvironmentRenderer.standard().render(request(load()));
    }
}
