package dev.ccp.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NodeConfigsTest {

    /** The example of the Fuel CCP docs: {@code test} is 2 under node[1-3] and 4 under node[2-4]. */
    private final NodeConfigs nodeConfigs = new NodeConfigs(Map.of(
            "node[1-3]", Map.of("roles", List.of("compute"), "configs", Map.of("test", 2)),
            "node[2-4]", Map.of("roles", List.of("compute"), "configs", Map.of("test", 4))));

    @ParameterizedTest
    @CsvSource({"node1, 2", "node2, 4", "node3, 4", "node4, 4"})
    void laterKeysWin(String node, int expected) {
        assertThat(nodeConfigs.overridesFor(node)).containsEntry("test", expected);
        assertThat(nodeConfigs.applyTo(Map.of("test", 1, "other", "x"), node))
                .isEqualTo(Map.of("test", expected, "other", "x"));
    }

    @ParameterizedTest
    @CsvSource({"node5", "node0"})
    void aNodeNoEntryMatchesKeepsTheBase(String node) {
        assertThat(nodeConfigs.overridesFor(node)).isEmpty();
        assertThat(nodeConfigs.applyTo(Map.of("test", 1), node)).isEqualTo(Map.of("test", 1));
    }
}
