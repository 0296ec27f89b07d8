package dev.ccp.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.dsl.problem.Problem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TopologyTest {

    private final Topology topology = new Topology(
            Map.of("keystone", List.of("node1"), "libvirtd", List.of("node3", "node2", "node3")),
            List.of("node3", "node1", "node2"));

    @Test
    void nodesAreSortedAndDistinct() {
        assertThat(topology.nodesOf("libvirtd")).containsExactly("node2", "node3");
        assertThat(topology.jobNodes()).containsExactly("node1", "node2", "node3");
        assertThat(topology.nodesOf("horizon")).isEmpty();
    }

    @Test
    void jobsRunOnTheJobNodesOrOnTheNodesOfTheirTopologyKey() {
        assertThat(topology.nodesForJob(Optional.empty())).containsExactly("node1", "node2", "node3");
        assertThat(topology.nodesForJob(Optional.of("keystone"))).containsExactly("node1");
        assertThat(topology.nodesForTopologyKey(Topology.JOBS_ROLE)).contains(topology.jobNodes());
        assertThat(topology.nodesForTopologyKey("horizon")).isEmpty();
        assertThatThrownBy(() -> topology.nodesForJob(Optional.of("horizon"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void topologyKeyMustBeAServiceOfTheTopology() {
        assertThat(topology.checkTopologyKey("keystone", "keystone-db-create", "keystone")).isEmpty();
        assertThat(topology.checkTopologyKey("horizon", "horizon-sync", "horizon")).map(Problem::message)
                .contains("You must specify \"horizon\" in topology to setup affinity for \"horizon-sync\" job"
                        + " of \"horizon\" component");
    }
}
