package dev.ccp.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StaticNodesTest {

    @Test
    void namesAreKeptInTheOrderGiven() {
        assertThat(StaticNodes.parse("node3,node1,node2").nodeNames()).containsExactly("node3", "node1", "node2");
    }

    @Test
    void blanksAroundNamesAreIgnored() {
        assertThat(StaticNodes.parse(" node1 , node2.example.com").nodeNames())
                .containsExactly("node1", "node2.example.com");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''              | expected a comma-separated list of node names",
            "'  '            | expected a comma-separated list of node names",
            "node1,,node2    | node name 2 of 3 is empty",
            "node1,          | node name 2 of 2 is empty",
            "Node1           | 'Node1' is not a valid Kubernetes node name",
            "node_1          | 'node_1' is not a valid Kubernetes node name",
            "-node1          | '-node1' is not a valid Kubernetes node name",
            "node1.          | 'node1.' is not a valid Kubernetes node name",
            "node1..a        | 'node1..a' is not a valid Kubernetes node name",
            "node1,node1     | 'node1' is given more than once",
    })
    void invalidValuesAreRejectedNamingTheFlag(String value, String message) {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class, () -> StaticNodes.parse(value));

        assertThat(error).isNotNull();
        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.keyPath()).isEqualTo("--nodes");
            assertThat(problem.message()).startsWith(message);
        });
    }

    @Test
    void nameLongerThan253CharactersIsRejected() {
        String longest = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(61);

        assertThat(longest).hasSize(253);
        assertThat(StaticNodes.isNodeName(longest)).isTrue();
        assertThat(StaticNodes.isNodeName(longest + "d")).isFalse();
    }

    @Test
    void everyProblemIsReportedTogether() {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> StaticNodes.parse("node1,Node2,,node1"));

        assertThat(error).isNotNull();
        assertThat(error.problems()).extracting(Problem::message).hasSize(3);
        assertThat(error.getMessage()).contains("--nodes: 'Node2'").contains("--nodes: node name 3 of 4 is empty")
                .contains("--nodes: 'node1' is given more than once");
    }
}
