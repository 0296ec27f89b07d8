package dev.ccp.dsl.service.dependency;

import dev.ccp.dsl.service.Command;
import dev.ccp.dsl.service.Container;
import dev.ccp.dsl.service.ServiceDefinition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds dependency cycles that would make containers and jobs wait on each other forever.
 *
 * <p>Cycles are looked for among workflows ({@code service/container} and {@code service/job}),
 * with the waits the agent really performs: a container waits on its local pre commands' and its
 * daemon's dependencies and on its own pre jobs; a job waits on its dependencies, and a post job
 * also on its container. Dependencies of local post commands do not hold the container back, and
 * a post job depending on its own container is no cycle. A loop between services that no chain
 * of such waits closes (service A's post job needs B, B's daemon needs A) is therefore allowed.
 */
public final class DependencyCycles {

    private DependencyCycles() {
    }

    /**
     * Every cycle, as the list of workflows along it with the first repeated at the end
     * ({@code keystone/keystone, database/galera, keystone/keystone}); one cycle per group of
     * workflows that wait on each other, sorted.
     */
    public static List<List<String>> find(Collection<ServiceDefinition> resolved) {
        Map<String, SortedSet<String>> waits = waits(resolved);
        List<List<String>> cycles = new ArrayList<>();
        for (SortedSet<String> component : new StronglyConnected(waits).components()) {
            String start = component.first();
            boolean selfLoop = waits.getOrDefault(start, new TreeSet<>()).contains(start);
            if (component.size() > 1 || selfLoop) {
                cycles.add(cycleThrough(start, component, waits));
            }
        }
        return List.copyOf(cycles);
    }

    /** {@code keystone -> database -> keystone}: a cycle of workflows shown by service. */
    public static String byService(List<String> cycle) {
        List<String> services = new ArrayList<>();
        for (String workflow : cycle) {
            String service = workflow.substring(0, Math.max(0, workflow.indexOf('/')));
            if (services.isEmpty() || !services.get(services.size() - 1).equals(service)) {
                services.add(service);
            }
        }
        if (services.size() == 1) {
            services.add(services.get(0));
        }
        return String.join(" -> ", services);
    }

    private static Map<String, SortedSet<String>> waits(Collection<ServiceDefinition> resolved) {
        Map<String, SortedSet<String>> waits = new TreeMap<>();
        for (ServiceDefinition definition : resolved) {
            String service = definition.name();
            for (Container container : definition.service().containers()) {
                String containerNode = service + "/" + container.name();
                SortedSet<String> containerWaits = waits.computeIfAbsent(containerNode, key -> new TreeSet<>());
                for (Command command : container.pre()) {
                    if (command.isSingle()) {
                        String job = service + "/" + command.name();
                        containerWaits.add(job);
                        waits.computeIfAbsent(job, key -> new TreeSet<>()).addAll(nodes(command.dependencies()));
                    } else {
                        containerWaits.addAll(nodes(command.dependencies()));
                    }
                }
                containerWaits.addAll(nodes(container.daemon().dependencies()));
                for (Command command : container.postJobs()) {
                    SortedSet<String> jobWaits = waits.computeIfAbsent(service + "/" + command.name(),
                            key -> new TreeSet<>());
                    jobWaits.addAll(nodes(command.dependencies()));
                    jobWaits.add(containerNode);
                }
            }
        }
        return waits;
    }

    private static List<String> nodes(List<String> dependencies) {
        return dependencies.stream().map(DependencyResolver::withoutLocal).toList();
    }

    /** The shortest path from {@code start} back to itself inside {@code component} (breadth first). */
    private static List<String> cycleThrough(String start, Set<String> component, Map<String, SortedSet<String>> waits) {
        Map<String, String> previous = new HashMap<>();
        List<String> frontier = List.of(start);
        Set<String> seen = new HashSet<>();
        while (!frontier.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (String node : frontier) {
                for (String target : waits.getOrDefault(node, new TreeSet<>())) {
                    if (target.equals(start)) {
                        List<String> path = new ArrayList<>();
                        path.add(start);
                        for (String step = node; !step.equals(start); step = previous.get(step)) {
                            path.add(1, step);
                        }
                        path.add(start);
                        return List.copyOf(path);
                    }
                    if (component.contains(target) && seen.add(target)) {
                        previous.put(target, node);
                        next.add(target);
                    }
                }
            }
            frontier = next;
        }
        throw new IllegalStateException("no cycle through " + start);
    }

    /** Tarjan's strongly connected components, iterating nodes and edges in sorted order. */
    private static final class StronglyConnected {

        private final Map<String, SortedSet<String>> edges;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> lowLink = new HashMap<>();
        private final List<String> stack = new ArrayList<>();
        private final Set<String> onStack = new HashSet<>();
        private final List<SortedSet<String>> components = new ArrayList<>();
        private int counter;

        StronglyConnected(Map<String, SortedSet<String>> edges) {
            this.edges = edges;
        }

        List<SortedSet<String>> components() {
            for (String node : edges.keySet()) {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            }
            components.sort((a, b) -> a.first().compareTo(b.first()));
            return components;
        }

        private void visit(String node) {
            index.put(node, counter);
            lowLink.put(node, counter);
            counter++;
            stack.add(node);
            onStack.add(node);
            for (String target : edges.getOrDefault(node, new TreeSet<>())) {
                if (!index.containsKey(target)) {
                    visit(target);
                    lowLink.put(node, Math.min(lowLink.get(node), lowLink.get(target)));
                } else if (onStack.contains(target)) {
                    lowLink.put(node, Math.min(lowLink.get(node), index.get(target)));
                }
            }
            if (lowLink.get(node).equals(index.get(node))) {
                SortedSet<String> component = new TreeSet<>();
                String member;
                do {
                    member = stack.remove(stack.size() - 1);
                    onStack.remove(member);
                    component.add(member);
                } while (!member.equals(node));
                components.add(component);
            }
        }
    }
}
