package dev.ccp.renderer;

import dev.ccp.topology.Topology;
import java.util.List;
import java.util.Optional;

/**
 * Where a Job runs (REFERENCE 3, 4.7): on the {@code _ccp_jobs} nodes, or on the nodes of the
 * service its {@code topology_key} names ({@code _ccp_jobs} itself names the job nodes).
 */
final class JobPlacement {

    private JobPlacement() {
    }

    /** The nodes; empty when the topology key names nothing of the topology. */
    static Optional<List<String>> nodes(Topology topology, Optional<String> topologyKey) {
        if (topologyKey.isEmpty() || Topology.JOBS_ROLE.equals(topologyKey.get())) {
            return Optional.of(topology.jobNodes());
        }
        return topology.contains(topologyKey.get()) ? Optional.of(topology.nodesOf(topologyKey.get()))
                : Optional.empty();
    }
}
