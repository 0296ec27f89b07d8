package dev.ccp.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.ccp.dsl.config.ConfigMerger;
import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.yaml.ConfigTree;
import dev.ccp.dsl.yaml.YamlFileLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Problems and warnings point at the file and line that set the value. */
class LocatedProblemsTest {

    private static final Path PATH = Path.of("ccp.yaml").toAbsolutePath();
    /** The loader names a file by its absolute path. */
    private static final String FILE = PATH.toString();

    private static final String CONFIG = """
            configs:
              keystone:
                debug: false
            nodes:
              node1:
                roles:
                  - controler
                configs:
                  keystone:
                    verbose: true
              node[2-3]:
                roles:
                  - compute
            roles:
              controller:
                - keystone
              compute:
                - libvirtd
            replicas:
              libvirtd: 3
            """;

    @Test
    void problemsArePlacedAtTheLinesThatSetTheValues() {
        TopologyBuilder builder = builderFor(CONFIG);

        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> builder.place(List.of("node1", "node2", "node3"), Set.of()));

        assertThat(error).isNotNull();
        assertThat(error.problems()).extracting(Problem::format).containsExactly(
                FILE + ":7: nodes.node1.roles[0]: Role 'controler' is not defined in the roles section"
                        + " (did you mean 'controller'?)",
                FILE + ":10: nodes.node1.configs.keystone.verbose: Nodes configs cannot contain new variables,"
                        + " just override existent (configs.keystone has no key 'verbose')",
                FILE + ":20: replicas.libvirtd: Requested 3 replicas for libvirtd while only 2 hosts able to run"
                        + " that service (node2, node3)");
    }

    @Test
    void warningsArePlacedToo() {
        String config = CONFIG.replace("controler", "controller").replace("    verbose: true", "    debug: true")
                .replace("libvirtd: 3", "libvirtd: 2");

        PlacedTopology placed = builderFor(config).place(List.of("node1", "node2", "node3", "node30"), Set.of());

        assertThat(placed.warnings()).extracting(Problem::file, Problem::line, Problem::keyPath)
                .containsExactly(tuple(FILE, 11, "nodes[\"node[2-3]\"]"));
        assertThat(placed.topology().nodesOf("libvirtd")).containsExactly("node2", "node3", "node30");
    }

    @SuppressWarnings("unchecked")
    private static TopologyBuilder builderFor(String yaml) {
        ConfigTree tree = ConfigMerger.merge(new YamlFileLoader("user").parse(yaml, PATH));
        Map<String, Object> values = tree.values();
        Map<String, List<String>> roles = new LinkedHashMap<>();
        ((Map<String, Object>) values.get("roles")).forEach((role, services) -> roles.put(role, (List<String>) services));
        Map<String, Integer> replicas = new LinkedHashMap<>();
        ((Map<String, Object>) values.get("replicas")).forEach((service, count) -> replicas.put(service, (Integer) count));
        TopologySections sections = new TopologySections((Map<String, Object>) values.get("nodes"), roles, replicas,
                (Map<String, Object>) values.get("configs"));
        return new TopologyBuilder(sections, tree::problemAt);
    }
}
