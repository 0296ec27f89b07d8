package dev.ccp.dsl.service.dependency;

import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.problem.Suggestions;
import dev.ccp.dsl.service.Command;
import dev.ccp.dsl.service.Container;
import dev.ccp.dsl.service.ServiceDefinition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which services each service depends on: the service part (before {@code /}) of every resolved
 * pre, daemon and post dependency (REFERENCE 7.6). A service's dependencies on its own containers
 * are not edges. Immutable; everything it returns is sorted.
 */
public final class DependencyGraph {

    /** Always part of a closure: every service publishes its state there. */
    public static final String ALWAYS_REQUIRED = "etcd";

    private final Map<String, SortedSet<String>> edges;

    private DependencyGraph(Map<String, SortedSet<String>> edges) {
        this.edges = edges;
    }

    /**
     * The graph of {@code services} (every service of the components map, valid or not) with
     * edges taken from the resolved {@code definitions}.
     */
    public static DependencyGraph of(Collection<String> services, Collection<ServiceDefinition> definitions) {
        Map<String, SortedSet<String>> edges = new TreeMap<>();
        services.forEach(service -> edges.put(service, new TreeSet<>()));
        for (ServiceDefinition definition : definitions) {
            SortedSet<String> targets = edges.computeIfAbsent(definition.name(), key -> new TreeSet<>());
            for (Container container : definition.service().containers()) {
                List<Command> commands = new ArrayList<>(container.pre());
                commands.add(container.daemon());
                commands.addAll(container.post());
                for (Command command : commands) {
                    for (String dependency : command.dependencies()) {
                        String target = dependency.substring(0, Math.max(0, dependency.indexOf('/')));
                        if (!target.isEmpty() && !target.equals(definition.name())) {
                            targets.add(target);
                        }
                    }
                }
            }
        }
        return fromEdges(edges);
    }

    /** A graph from explicit edges; targets that are not keys become nodes without edges. */
    public static DependencyGraph fromEdges(Map<String, ? extends Collection<String>> edges) {
        Map<String, SortedSet<String>> copy = new TreeMap<>();
        edges.forEach((service, targets) -> {
            copy.computeIfAbsent(service, key -> new TreeSet<>()).addAll(targets);
            targets.forEach(target -> copy.computeIfAbsent(target, key -> new TreeSet<>()));
        });
        copy.replaceAll((service, targets) -> Collections.unmodifiableSortedSet(targets));
        return new DependencyGraph(Collections.unmodifiableMap(copy));
    }

    /** Every service, sorted. */
    public SortedSet<String> services() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(edges.keySet()));
    }

    /** The services {@code service} depends on directly. */
    public SortedSet<String> dependenciesOf(String service) {
        return edges.getOrDefault(service, Collections.emptySortedSet());
    }

    /**
     * Throws {@code Following components do not match any definitions: a b} (with a did-you-mean
     * per name) when some of {@code names} are not services.
     */
    public void requireKnown(Collection<String> names) {
        List<String> unknown = names.stream().filter(name -> !edges.containsKey(name)).distinct().sorted().toList();
        if (unknown.isEmpty()) {
            return;
        }
        List<Problem> problems = unknown.stream()
                .map(name -> Problem.at(null, "", "'" + name + "' is not a service"
                        + Suggestions.didYouMean(name, edges.keySet())))
                .toList();
        throw new InvalidInputException(
                "Following components do not match any definitions: " + String.join(" ", unknown), problems);
    }

    /** Everything reachable from {@code start} (the start services included), sorted. */
    public SortedSet<String> reachableFrom(Collection<String> start) {
        SortedSet<String> seen = new TreeSet<>();
        Deque<String> pending = new ArrayDeque<>(new TreeSet<>(start));
        while (!pending.isEmpty()) {
            String service = pending.pop();
            if (seen.add(service)) {
                dependenciesOf(service).forEach(pending::push);
            }
        }
        return Collections.unmodifiableSortedSet(seen);
    }

    /**
     * What else must run for {@code requested} to work (what {@code ccp show-dep} prints): every
     * service reachable from them, plus {@code etcd} (and what it needs), minus the requested
     * ones. Sorted.
     *
     * @throws InvalidInputException when a requested name is not a service
     */
    public List<String> closure(Collection<String> requested) {
        requireKnown(requested);
        SortedSet<String> start = new TreeSet<>(requested);
        start.add(ALWAYS_REQUIRED);
        SortedSet<String> result = new TreeSet<>(reachableFrom(start));
        result.add(ALWAYS_REQUIRED);
        result.removeAll(requested);
        return List.copyOf(result);
    }

    /** The graph in Graphviz DOT, nodes then edges, both sorted. */
    public String toDot() {
        StringBuilder dot = new StringBuilder("digraph dependencies {\n");
        edges.keySet().forEach(service -> dot.append("  ").append(quoted(service)).append(";\n"));
        edges.forEach((service, targets) -> targets.forEach(target ->
                dot.append("  ").append(quoted(service)).append(" -> ").append(quoted(target)).append(";\n")));
        return dot.append("}\n").toString();
    }

    private static String quoted(String name) {
        return '"' + name.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
