package dev.ccp.topology;

import dev.ccp.dsl.problem.Problem;
import java.util.List;
import java.util.Objects;

/**
 * A topology that passed every check, and what the user should still hear about.
 *
 * @param topology where every service runs
 * @param warnings unused roles, {@code nodes} patterns that match no node or match a node only as
 *                 a prefix of its name; each placed at the configuration line it concerns
 */
public record PlacedTopology(Topology topology, List<Problem> warnings) {

    public PlacedTopology {
        Objects.requireNonNull(topology, "topology");
        warnings = List.copyOf(warnings);
    }
}
