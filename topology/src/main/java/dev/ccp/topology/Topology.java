package dev.ccp.topology;

import dev.ccp.dsl.problem.Problem;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where every service runs: the result of matching node names against the {@code nodes}
 * regexes and collecting the services of their roles (REFERENCE 3).
 *
 * @param nodesByService service name to the sorted, distinct names of the nodes it runs on
 * @param jobNodes       the nodes of the internal {@code _ccp_jobs} role (every node matched by
 *                       some {@code nodes} entry): where Jobs run unless they name a
 *                       {@code topology_key}
 */
public record Topology(Map<String, List<String>> nodesByService, List<String> jobNodes) {

    /** The internal role every matched node gets; Jobs are placed on its nodes. */
    public static final String JOBS_ROLE = "_ccp_jobs";

    public Topology {
        Map<String, List<String>> copy = new TreeMap<>();
        nodesByService.forEach((service, nodes) -> copy.put(service, List.copyOf(new TreeSet<>(nodes))));
        nodesByService = Collections.unmodifiableMap(copy);
        jobNodes = List.copyOf(new TreeSet<>(Objects.requireNonNull(jobNodes, "jobNodes")));
    }

    /** The services placed on some node, sorted. */
    public SortedSet<String> services() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(nodesByService.keySet()));
    }

    public boolean contains(String service) {
        return nodesByService.containsKey(service);
    }

    /** The nodes {@code service} runs on; empty when it is not in the topology. */
    public List<String> nodesOf(String service) {
        return nodesByService.getOrDefault(service, List.of());
    }

    /**
     * The nodes a Job with {@code topology_key: key} runs on: those of the service {@code key}
     * (or the job nodes for {@link #JOBS_ROLE}); empty when {@code key} is not in the topology.
     */
    public Optional<List<String>> nodesForTopologyKey(String key) {
        if (JOBS_ROLE.equals(key)) {
            return Optional.of(jobNodes);
        }
        return Optional.ofNullable(nodesByService.get(key));
    }

    /** The nodes a Job runs on: those of its {@code topology_key}, or {@link #jobNodes()} without one. */
    public List<String> nodesForJob(Optional<String> topologyKey) {
        return topologyKey.map(key -> nodesForTopologyKey(key).orElseThrow(() -> new IllegalArgumentException(
                "topology key " + key + " is not in the topology; check it with checkTopologyKey first")))
                .orElse(jobNodes);
    }

    /**
     * The problem of a Job whose {@code topology_key} is not in the topology (REFERENCE 3); the
     * problem names no file: the caller knows the service definition it came from.
     *
     * @param job       the Job's name
     * @param component the service the Job belongs to
     */
    public Optional<Problem> checkTopologyKey(String topologyKey, String job, String component) {
        if (nodesForTopologyKey(topologyKey).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(Problem.at(null, "", "You must specify \"" + topologyKey + "\" in topology to setup affinity for \""
                + job + "\" job of \"" + component + "\" component"));
    }
}
