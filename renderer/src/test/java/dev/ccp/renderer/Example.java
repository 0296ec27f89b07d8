package dev.ccp.renderer;

import dev.ccp.dsl.cloud.Cloud;
import dev.ccp.dsl.cloud.CloudLoader;
import dev.ccp.dsl.config.HostEnvironment;
import dev.ccp.topology.Topology;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The in-tree example: {@code etc/topology-example.yaml} over {@code components/}, on nodes
 * node1 (roles controller, openvswitch) and node2, node3 (compute, openvswitch).
 */
final class Example {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final List<String> NODES = List.of("node1", "node2", "node3");

    private Example() {
    }

    static Cloud load() {
        return load(ROOT.resolve("etc/topology-example.yaml"));
    }

    static Cloud load(Path configFile) {
        return CloudLoader.standard().load(Optional.of(configFile),
                new HostEnvironment(Path.of("/home/tester"), 1, ROOT.resolve("components")));
    }

    /** What the topology of the example gives for node1..node3 (REFERENCE 3): roles to their nodes. */
    static Topology topology(Cloud cloud) {
        Map<String, List<String>> nodesByRole = Map.of(
                "controller", List.of("node1"),
                "compute", List.of("node2", "node3"),
                "openvswitch", NODES);
        Map<String, List<String>> byService = new TreeMap<>();
        cloud.config().config().roles().forEach((role, services) ->
                services.forEach(service -> byService.put(service, nodesByRole.get(role))));
        return new Topology(byService, NODES);
    }

    static RenderedEnvironment render() {
        Cloud cloud = load();
        cloud.services().requireValid();
        return EnvironmentRenderer.standard().render(RenderRequest.of(cloud.config(), cloud.services(), topology(cloud)));
    }
}
