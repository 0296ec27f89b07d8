package dev.ccp.topology;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
}
