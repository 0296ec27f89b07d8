package dev.ccp.topology;

import dev.ccp.dsl.config.LoadedConfig;
import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.service.ServiceDefinition;
import dev.ccp.dsl.service.ServiceKind;
import dev.ccp.dsl.yaml.KeyPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;

/**
 * Places services on nodes (REFERENCE 3): every {@code nodes} key, a regular expression matched
 * at the start of node names, gives its roles (and the internal {@link Topology#JOBS_ROLE}) to
 * the nodes it matches; every role gives its services those nodes. The configuration is read
 * and checked once, when the builder is made; {@link #place} may then be called for any set of
 * node names.
 */
public final class TopologyBuilder {

    /** The summary of the exception {@link #place} throws. */
    public static final String FAILURE_SUMMARY = "Failed to create topology for services";

    /** How many node names a message lists before it only counts them. */
    private static final int LISTED_NODES = 5;

    private final TopologySections sections;
    private final ProblemLocator locator;
    private final List<NodeEntry> entries;
    private final List<Problem> configProblems;

    /**
     * Reads {@code nodes} and checks it against {@code roles} and {@code configs}; problems are
     * reported by {@link #place}.
     *
     * @param locator places problems at the file and line that set the value
     */
    public TopologyBuilder(TopologySections sections, ProblemLocator locator) {
        this.sections = sections;
        this.locator = locator;
        List<Problem> problems = new ArrayList<>();
        this.entries = List.copyOf(new NodesSection(sections.configs(), locator)
                .read(sections.nodes(), sections.roles(), problems));
        if (sections.roles().isEmpty()) {
            problems.add(locator.problemAt(KeyPath.of("roles"), "Roles section is not specified in configs"));
        }
        this.configProblems = List.copyOf(problems);
    }

    /** A builder for a loaded configuration, its problems placed at the lines of its files. */
    public static TopologyBuilder of(LoadedConfig loaded) {
        return new TopologyBuilder(TopologySections.of(loaded.config()), loaded.tree()::problemAt);
    }

    /** The names of the services of kind DaemonSet among {@code definitions} (service name to definition), sorted. */
    public static Set<String> daemonSets(Map<String, ServiceDefinition> definitions) {
        Set<String> names = new TreeSet<>();
        definitions.forEach((name, definition) -> {
            if (definition.service().kind() == ServiceKind.DAEMON_SET) {
                names.add(name);
            }
        });
        return Collections.unmodifiableSet(names);
    }

    /** {@link #place(List, Set)} with the names {@code nodes} gives. */
    public PlacedTopology place(NodeSource nodes, Set<String> daemonSets) {
        return place(nodes.nodeNames(), daemonSets);
    }

    /**
     * The topology for these nodes. A node no pattern matches runs nothing, which is fine.
     *
     * @param nodeNames  the Kubernetes node names
     * @param daemonSets the services of kind DaemonSet (they may not have {@code replicas})
     * @throws InvalidInputException with {@link #FAILURE_SUMMARY} and every problem found in
     *                               {@code nodes}, {@code roles} and {@code replicas}
     */
    public PlacedTopology place(List<String> nodeNames, Set<String> daemonSets) {
        List<Problem> problems = new ArrayList<>(configProblems);
        List<Problem> warnings = new ArrayList<>();

        Map<String, List<String>> nodesByRole = new HashMap<>();
        Set<String> jobNodes = new LinkedHashSet<>();
        for (NodeEntry entry : entries) {
            List<String> matched = matchingNodes(entry, nodeNames, warnings);
            jobNodes.addAll(matched);
            for (String role : entry.roles()) {
                nodesByRole.computeIfAbsent(role, r -> new ArrayList<>()).addAll(matched);
            }
        }

        Map<String, List<String>> hostsByService = new LinkedHashMap<>();
        new TreeMap<>(sections.roles()).forEach((role, services) -> {
            List<String> roleNodes = nodesByRole.get(role);
            if (roleNodes == null) {
                warnings.add(locator.problemAt(KeyPath.of("roles", role), "Role '" + role + "' defined, but unused"));
                return;
            }
            for (String service : services) {
                hostsByService.computeIfAbsent(service, s -> new ArrayList<>()).addAll(roleNodes);
            }
        });

        problems.addAll(new ReplicasCheck(locator).check(sections.replicas(), hostsByService, daemonSets));
        InvalidInputException.throwIfAny(FAILURE_SUMMARY, problems);
        return new PlacedTopology(new Topology(hostsByService, List.copyOf(jobNodes)), warnings);
    }

    /** The names {@code entry} matches, in {@code nodeNames} order, warning about prefix-only matches and no match at all. */
    private List<String> matchingNodes(NodeEntry entry, List<String> nodeNames, List<Problem> warnings) {
        Matcher matcher = entry.matcher();
        List<String> matched = new ArrayList<>();
        for (String node : nodeNames) {
            NodeEntry.Match match = entry.match(matcher, node);
            if (match != NodeEntry.Match.NONE) {
                matched.add(node);
            }
            if (match == NodeEntry.Match.PREFIX_ONLY) {
                warnings.add(locator.problemAt(entry.path(), "pattern '" + entry.key() + "' matches node '" + node
                        + "' only as a prefix of its name (patterns are matched at the start of node names);"
                        + " write '" + entry.anchoredKey() + "' to match whole names only"));
            }
        }
        if (matched.isEmpty()) {
            warnings.add(locator.problemAt(entry.path(), "pattern '" + entry.key() + "' matches no node ("
                    + describeNodes(nodeNames) + ")"));
        }
        return matched;
    }

    private static String describeNodes(List<String> nodeNames) {
        if (nodeNames.isEmpty()) {
            return "there are no nodes";
        }
        if (nodeNames.size() <= LISTED_NODES) {
            return "nodes: " + String.join(", ", nodeNames);
        }
        return nodeNames.size() + " nodes: " + String.join(", ", nodeNames.subList(0, LISTED_NODES)) + ", ...";
    }
}
