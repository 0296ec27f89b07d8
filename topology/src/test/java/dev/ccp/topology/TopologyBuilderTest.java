package dev.ccp.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** REFERENCE 3: placement on nodes node1..node3 with roles controller=[mysql, keystone], compute=[nova-compute, libvirtd]. */
class TopologyBuilderTest {

    private static final List<String> NODES = List.of("node1", "node2", "node3");
    private static final Map<String, List<String>> ROLES = orderedMap(
            "controller", List.of("mysql", "keystone"),
            "compute", List.of("nova-compute", "libvirtd"));
    private static final Map<String, Object> CONFIGS = Map.of(
            "heat", Map.of("stack_params", Map.of("debug", true)),
            "a", Map.of("b", Map.of("c", Map.of("d", 1))),
            "keystone", Map.of("debug", false));

    static Stream<Arguments> expectedResults() {
        return Stream.of(
                Arguments.of("node1 and node[2-3]", nodes("node1: controller", "node[2-3]: compute"),
                        NODES, Map.of(
                                "mysql", List.of("node1"), "keystone", List.of("node1"),
                                "nova-compute", List.of("node2", "node3"), "libvirtd", List.of("node2", "node3")),
                        List.of()),
                Arguments.of("only node1", nodes("node1: controller"),
                        List.of("node1"), Map.of("mysql", List.of("node1"), "keystone", List.of("node1")),
                        List.of("Role 'compute' defined, but unused")),
                Arguments.of("a role used twice", nodes("node1: controller, compute", "node[2-3]: compute"),
                        NODES, Map.of(
                                "mysql", List.of("node1"), "keystone", List.of("node1"),
                                "nova-compute", NODES, "libvirtd", NODES),
                        List.of()),
                Arguments.of("a node matched twice", nodes("node1: controller", "node[1-3]: compute"),
                        NODES, Map.of(
                                "mysql", List.of("node1"), "keystone", List.of("node1"),
                                "nova-compute", NODES, "libvirtd", NODES),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectedResults")
    void placesServicesAsTheOriginalDid(String name, Map<String, Object> nodes, List<String> jobNodes,
            Map<String, List<String>> nodesByService, List<String> warnings) {
        PlacedTopology placed = builder(nodes, Map.of()).place(NODES, Set.of());

        assertThat(placed.topology().nodesByService()).isEqualTo(nodesByService);
        assertThat(placed.topology().jobNodes()).isEqualTo(jobNodes);
        assertThat(placed.warnings()).extracting(Problem::message).isEqualTo(warnings);
    }

    @Test
    void unusedRoleWarningPointsAtTheRole() {
        PlacedTopology placed = builder(nodes("node1: controller"), Map.of()).place(NODES, Set.of());

        assertThat(placed.warnings()).singleElement().extracting(Problem::keyPath).isEqualTo("roles.compute");
    }

    @Test
    void moreReplicasThanHostsIsAnError() {
        InvalidInputException error = failure(builder(nodes("node1: controller"), Map.of("keystone", 2)), NODES);

        assertThat(error.summary()).isEqualTo("Failed to create topology for services");
        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.keyPath()).isEqualTo("replicas.keystone");
            assertThat(problem.message())
                    .isEqualTo("Requested 2 replicas for keystone while only 1 hosts able to run that service (node1)");
        });
    }

    @Test
    void replicasUpToTheNumberOfHostsAreAccepted() {
        PlacedTopology placed = builder(nodes("node1: controller", "node[2-3]: compute"),
                Map.of("keystone", 1, "nova-compute", 2)).place(NODES, Set.of());

        assertThat(placed.topology().nodesOf("nova-compute")).containsExactly("node2", "node3");
    }

    @Test
    void hostsAreCountedOncePerMatchingEntryAsInTheOriginal() {
        Map<String, Object> nodes = nodes("node1: compute", "node[1-3]: compute");

        assertThat(builder(nodes, Map.of("libvirtd", 4)).place(NODES, Set.of()).topology().nodesOf("libvirtd"))
                .containsExactly("node1", "node2", "node3");
        assertThat(failure(builder(nodes, Map.of("libvirtd", 5)), NODES).problems()).extracting(Problem::message)
                .containsExactly("Requested 5 replicas for libvirtd while only 4 hosts able to run that service"
                        + " (node1, node1, node2, node3)");
    }

    @Test
    void replicasForAServiceNotInTheTopologyIsAnError() {
        InvalidInputException error = failure(
                builder(nodes("node1: controller", "node[2-3]: compute"), Map.of("foobar", 42)), NODES);

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.keyPath()).isEqualTo("replicas.foobar");
            assertThat(problem.message()).startsWith("Replicas defined for unspecified service foobar");
        });
    }

    @Test
    void replicasForAServiceOfAnUnusedRoleIsAnError() {
        InvalidInputException error = failure(builder(nodes("node1: controller"), Map.of("libvirtd", 1)), NODES);

        assertThat(error.problems()).extracting(Problem::message)
                .singleElement().asString().startsWith("Replicas defined for unspecified service libvirtd");
    }

    @Test
    void misspeltReplicasServiceGetsASuggestion() {
        InvalidInputException error = failure(builder(nodes("node1: controller"), Map.of("keystne", 1)), NODES);

        assertThat(error.problems()).extracting(Problem::message)
                .singleElement().asString().endsWith("(did you mean 'keystone'?)");
    }

    @Test
    void replicasForADaemonSetIsAnError() {
        InvalidInputException error = failure(builder(nodes("node[2-3]: compute", "node1: controller"),
                Map.of("nova-compute", 1)), NODES, Set.of("nova-compute"));

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.keyPath()).isEqualTo("replicas.nova-compute");
            assertThat(problem.message())
                    .startsWith("Replicas couldn't be specified for services implemented using Kubernetes DaemonSet");
        });
    }

    @Test
    void aDaemonSetWithoutReplicasIsPlacedOnItsNodes() {
        PlacedTopology placed = builder(nodes("node1: controller", "node[2-3]: compute"), Map.of())
                .place(NODES, Set.of("nova-compute"));

        assertThat(placed.topology().nodesOf("nova-compute")).containsExactly("node2", "node3");
    }

    @Test
    void patternMatchingOnlyAPrefixOfANodeNameIsWarnedAbout() {
        PlacedTopology placed = builder(nodes("node1: controller"), Map.of())
                .place(List.of("node1", "node10"), Set.of());

        assertThat(placed.topology().nodesOf("keystone")).containsExactly("node1", "node10");
        assertThat(placed.warnings()).filteredOn(w -> w.keyPath().equals("nodes.node1")).singleElement()
                .extracting(Problem::message).asString()
                .contains("'node10'").contains("'node1$'");
    }

    @Test
    void anchoredPatternMatchesWholeNamesWithoutWarning() {
        PlacedTopology placed = builder(nodes("node1$: controller", "node1.: compute"), Map.of())
                .place(List.of("node1", "node10"), Set.of());

        assertThat(placed.topology().nodesOf("keystone")).containsExactly("node1");
        assertThat(placed.topology().nodesOf("libvirtd")).containsExactly("node10");
        assertThat(placed.warnings()).isEmpty();
    }

    @Test
    void alternationIsWarnedAboutOnlyForNamesItCannotMatchWhole() {
        // The seed's example: node([1-5]|10|11) also selects node12; node10 is matched whole by backtracking.
        PlacedTopology placed = builder(nodes("node([1-5]|10|11): controller, compute"), Map.of())
                .place(List.of("node1", "node10", "node12", "node6"), Set.of());

        assertThat(placed.topology().jobNodes()).containsExactly("node1", "node10", "node12");
        assertThat(placed.warnings()).extracting(Problem::message).singleElement().asString()
                .contains("'node12'").contains("'(?:node([1-5]|10|11))$'");
    }

    @Test
    void patternMatchingNoNodeIsAWarningAndAnUnmatchedNodeIsFine() {
        PlacedTopology placed = builder(nodes("node1$: controller", "node9: compute"), Map.of())
                .place(List.of("node1", "node2"), Set.of());

        assertThat(placed.topology().jobNodes()).containsExactly("node1");
        assertThat(placed.topology().nodesOf("libvirtd")).isEmpty();
        assertThat(placed.topology().contains("libvirtd")).isTrue();
        assertThat(placed.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.keyPath()).isEqualTo("nodes.node9");
            assertThat(warning.message()).isEqualTo("pattern 'node9' matches no node (nodes: node1, node2)");
        });
    }

    @Test
    void entryWithoutRolesStillPutsItsNodesAmongTheJobNodes() {
        Map<String, Object> nodes = nodes("node1: controller");
        nodes.put("node3", Map.of("configs", Map.of("keystone", Map.of("debug", true))));

        PlacedTopology placed = builder(nodes, Map.of()).place(NODES, Set.of());

        assertThat(placed.topology().jobNodes()).containsExactly("node1", "node3");
        assertThat(placed.topology().services()).containsExactly("keystone", "mysql");
    }

    @Test
    void emptyNodesAndEmptyRolesAreReportedTogether() {
        TopologyBuilder builder = new TopologyBuilder(new TopologySections(Map.of(), Map.of(), Map.of(), CONFIGS),
                ProblemLocator.unlocated());

        InvalidInputException error = failure(builder, NODES);

        assertThat(error.problems()).extracting(Problem::keyPath, Problem::message).containsExactly(
                tuple("nodes", "Nodes section is not specified in configs"),
                tuple("roles", "Roles section is not specified in configs"));
    }

    @Test
    void nodeConfigsThatAreNotAMappingAreAnError() {
        Map<String, Object> nodes = nodes("node1: controller");
        nodes.put("node1", Map.of("roles", List.of("controller"), "configs", "because-cows"));

        assertThat(failure(builder(nodes, Map.of()), NODES).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.keyPath()).isEqualTo("nodes.node1.configs");
            assertThat(problem.message()).isEqualTo("Nodes configs should be a mapping, found 'because-cows'");
        });
    }

    @Test
    void nodeConfigsMayOverrideExistingValuesAtAnyDepth() {
        Map<String, Object> nodes = nodes("node1: controller");
        nodes.put("node[2-3]", Map.of("roles", List.of("compute"), "configs", Map.of(
                "heat", Map.of("stack_params", Map.of("debug", false)),
                "a", Map.of("b", Map.of("c", Map.of("d", 2))))));

        assertThat(builder(nodes, Map.of()).place(NODES, Set.of()).topology().nodesOf("libvirtd"))
                .containsExactly("node2", "node3");
    }

    static Stream<Arguments> newVariables() {
        return Stream.of(
                // The original's own test case.
                Arguments.of(Map.of("heat", Map.of("stack_params", Map.of("converge_resources", "True"))),
                        List.of("nodes.node1.configs.heat.stack_params.converge_resources")),
                Arguments.of(Map.of("a", Map.of("b", Map.of("c", Map.of("d", 2, "e", 3)))),
                        List.of("nodes.node1.configs.a.b.c.e")),
                Arguments.of(Map.of("new", 1), List.of("nodes.node1.configs.new")),
                // The original stopped after recursing into the first nested mapping: "zzz" was never checked.
                Arguments.of(orderedMap("heat", Map.of("stack_params", Map.of("debug", false)), "zzz", 1),
                        List.of("nodes.node1.configs.zzz")),
                Arguments.of(orderedMap("a", Map.of("b", Map.of("c", Map.of("d", 2))),
                                "keystone", Map.of("debug", true, "verbose", true)),
                        List.of("nodes.node1.configs.keystone.verbose")),
                Arguments.of(orderedMap("a", Map.of("x", 1), "heat", Map.of("y", 2)),
                        List.of("nodes.node1.configs.a.x", "nodes.node1.configs.heat.y")));
    }

    @ParameterizedTest
    @MethodSource("newVariables")
    void nodeConfigsCannotAddVariablesAtAnyDepth(Map<String, Object> configs, List<String> reportedPaths) {
        Map<String, Object> nodes = nodes("node[2-3]: compute");
        nodes.put("node1", Map.of("roles", List.of("controller"), "configs", configs));

        InvalidInputException error = failure(builder(nodes, Map.of()), NODES);

        assertThat(error.problems()).extracting(Problem::keyPath).containsExactlyInAnyOrderElementsOf(reportedPaths);
        assertThat(error.problems()).extracting(Problem::message)
                .allSatisfy(message -> assertThat(message)
                        .startsWith("Nodes configs cannot contain new variables, just override existent"));
    }

    @Test
    void newVariableMessageNamesTheGlobalMappingAndTheClosestKey() {
        Map<String, Object> nodes = nodes("node[2-3]: compute");
        nodes.put("node1", Map.of("roles", List.of("controller"), "configs", Map.of("keystone", Map.of("debg", true))));

        assertThat(failure(builder(nodes, Map.of()), NODES).problems()).extracting(Problem::message)
                .containsExactly("Nodes configs cannot contain new variables, just override existent"
                        + " (configs.keystone has no key 'debg'; did you mean 'debug'?)");
    }

    @Test
    void roleNotDefinedInRolesIsAnErrorWithASuggestion() {
        InvalidInputException error = failure(builder(nodes("node1: contoller", "node[2-3]: compute"), Map.of()), NODES);

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.keyPath()).isEqualTo("nodes.node1.roles[0]");
            assertThat(problem.message())
                    .isEqualTo("Role 'contoller' is not defined in the roles section (did you mean 'controller'?)");
        });
    }

    @Test
    void invalidPatternIsAnError() {
        InvalidInputException error = failure(builder(nodes("node[1-3: controller"), Map.of()), NODES);

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.keyPath()).isEqualTo("nodes[\"node[1-3\"]");
            assertThat(problem.message()).startsWith("invalid regular expression");
        });
    }

    @Test
    void everyProblemIsReportedInOneException() {
        Map<String, Object> nodes = nodes("node[2-3]: compte");
        nodes.put("node1", Map.of("roles", List.of("controller"), "configs",
                Map.of("a", Map.of("b", Map.of("c", Map.of("new", 1))))));

        InvalidInputException error = failure(builder(nodes, Map.of("keystone", 3, "foobar", 1)), NODES,
                Set.of("keystone"));

        assertThat(error.problems()).extracting(Problem::keyPath).containsExactly(
                "nodes.node1.configs.a.b.c.new",
                "nodes[\"node[2-3]\"].roles[0]",
                "replicas.foobar",
                "replicas.keystone");
        assertThat(error.getMessage()).startsWith("Failed to create topology for services:\n  ");
    }

    @Test
    void aBuilderPlacesAnySetOfNodes() {
        TopologyBuilder builder = builder(nodes("node1$: controller", "node[2-9]$: compute"), Map.of());

        assertThat(builder.place(NODES, Set.of()).topology().nodesOf("libvirtd")).containsExactly("node2", "node3");
        assertThat(builder.place(new StaticNodes(List.of("node4", "node1")), Set.of()).topology().nodesOf("libvirtd"))
                .containsExactly("node4");
    }

    @Test
    void placesAThousandNodes() {
        List<String> many = IntStream.rangeClosed(1, 1000).mapToObj(i -> "node" + i).toList();

        PlacedTopology placed = builder(nodes("node1$: controller", "node([2-9]|[1-9][0-9]+)$: compute"), Map.of())
                .place(many, Set.of());

        assertThat(placed.topology().nodesOf("libvirtd")).hasSize(999).doesNotContain("node1");
        assertThat(placed.topology().jobNodes()).hasSize(1000);
        assertThat(placed.warnings()).isEmpty();
    }

    private static TopologyBuilder builder(Map<String, Object> nodes, Map<String, Integer> replicas) {
        return new TopologyBuilder(new TopologySections(nodes, ROLES, replicas, CONFIGS), ProblemLocator.unlocated());
    }

    private static InvalidInputException failure(TopologyBuilder builder, List<String> nodeNames) {
        return failure(builder, nodeNames, Set.of());
    }

    private static InvalidInputException failure(TopologyBuilder builder, List<String> nodeNames, Set<String> daemonSets) {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> builder.place(nodeNames, daemonSets));
        assertThat(error).as("placement should fail").isNotNull();
        return error;
    }

    /** A {@code nodes} section from {@code "pattern: role, role"} entries. */
    private static Map<String, Object> nodes(String... entries) {
        Map<String, Object> nodes = new LinkedHashMap<>();
        for (String entry : entries) {
            int colon = entry.lastIndexOf(": ");
            List<String> roles = Arrays.stream(entry.substring(colon + 2).split(",")).map(String::strip).toList();
            nodes.put(entry.substring(0, colon), Map.of("roles", roles));
        }
        return nodes;
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> orderedMap(Object... keysAndValues) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return map;
    }
}
