package dev.ccp.deploy;

import dev.ccp.dsl.component.ServiceCatalog;
import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import dev.ccp.topology.Topology;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which services a deploy works on (REFERENCE 1.3, 6.5): the requested ones ({@code -c}), or
 * every service of the topology that has a definition; each must be defined and placed, and
 * everything they need must be deployed with them or already be deployed.
 */
public final class ComponentSelection {

    private ComponentSelection() {
    }

    /**
     * @param requested the {@code -c} names; empty means everything in the topology
     * @param deployed  services already running in the environment (empty offline)
     * @throws InvalidInputException naming every unknown, unplaced or missing component
     */
    public static SortedSet<String> select(ServiceCatalog catalog, Topology topology, List<String> requested,
            Collection<String> deployed) {
        if (requested.isEmpty()) {
            SortedSet<String> all = new TreeSet<>(topology.services());
            all.retainAll(catalog.services());
            catalog.requireDeployable(all);
            requireDependencies(catalog, all, deployed);
            return all;
        }
        catalog.graph().requireKnown(requested);
        List<String> unplaced = requested.stream().filter(name -> !topology.contains(name)).sorted().toList();
        if (!unplaced.isEmpty()) {
            throw new InvalidInputException(Problem.at(null, "",
                    "The next components are not defined in topology: " + unplaced
                            + "; add them to a role that a node entry lists"));
        }
        SortedSet<String> selected = new TreeSet<>(requested);
        catalog.requireDeployable(selected);
        requireDependencies(catalog, selected, deployed);
        return selected;
    }

    private static void requireDependencies(ServiceCatalog catalog, Set<String> selected, Collection<String> deployed) {
        List<String> missing = new ArrayList<>(catalog.graph().closure(selected));
        missing.removeAll(selected);
        missing.removeAll(deployed);
        if (!missing.isEmpty()) {
            throw new InvalidInputException(Problem.at(null, "",
                    "Following components are also required for successful deployment: " + String.join(" ", missing)));
        }
    }
}
