package dev.ccp.dsl.service.dependency;

import dev.ccp.dsl.problem.Suggestions;
import dev.ccp.dsl.service.Command;
import dev.ccp.dsl.service.Container;
import dev.ccp.dsl.yaml.KeyPath;
import dev.ccp.dsl.service.ServiceDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Rewrites the bare dependency names of a definition into {@code service/container[:local]}
 * (REFERENCE 4.6):
 * <ol>
 * <li>a container or single-job name of a base service S gives {@code S'/<dependency>}, S' being
 * the current service's mapping of S (or S); a {@code :local} suffix is kept;</li>
 * <li>else a name the current service maps, or a service (base or alias) name, gives one
 * {@code <service>/<container>} per container of that service; {@code :local} is dropped.</li>
 * </ol>
 * Names that resolve to nothing are returned as {@link UnresolvedDependency}s and left out of the
 * rewritten lists.
 */
public final class DependencyResolver {

    private static final String LOCAL_SUFFIX = ":local";

    private final DependencyLookup lookup;
    private final Map<String, List<String>> containersByService;
    private final Map<String, Map<String, String>> mappings;

    /**
     * @param lookup              container and job names of the base services
     * @param containersByService container names of every service in the components map
     * @param mappings            {@code services.<svc>.mapping} by service
     */
    public DependencyResolver(DependencyLookup lookup, Map<String, List<String>> containersByService,
            Map<String, Map<String, String>> mappings) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.containersByService = Map.copyOf(containersByService);
        this.mappings = Map.copyOf(mappings);
    }

    /** The definition with resolved dependencies, and what did not resolve. */
    public Resolution resolve(ServiceDefinition definition) {
        String service = definition.name();
        Map<String, String> mapping = mappings.getOrDefault(service, Map.of());
        List<UnresolvedDependency> unresolved = new ArrayList<>();
        List<Container> containers = new ArrayList<>();
        List<Container> original = definition.service().containers();
        CommandRewriter rewriter = new CommandRewriter(definition, mapping, unresolved);
        for (int i = 0; i < original.size(); i++) {
            Container container = original.get(i);
            KeyPath path = KeyPath.of("service", "containers").index(i);
            containers.add(container.withCommands(rewriter.all(container.pre(), path.key("pre")),
                    rewriter.one(container.daemon(), path.key("daemon")),
                    rewriter.all(container.post(), path.key("post"))));
        }
        return new Resolution(definition.withService(definition.service().withContainers(containers)), unresolved);
    }

    /**
     * A definition after resolution.
     *
     * @param resolved   the definition with resolved dependency strings
     * @param unresolved the dependencies that named nothing, in document order
     */
    public record Resolution(ServiceDefinition resolved, List<UnresolvedDependency> unresolved) {

        public Resolution {
            Objects.requireNonNull(resolved, "resolved");
            unresolved = List.copyOf(unresolved);
        }
    }

    /** Rewrites the commands of one definition, collecting what does not resolve. */
    private final class CommandRewriter {

        private final ServiceDefinition definition;
        private final Map<String, String> mapping;
        private final List<UnresolvedDependency> unresolved;

        CommandRewriter(ServiceDefinition definition, Map<String, String> mapping, List<UnresolvedDependency> unresolved) {
            this.definition = definition;
            this.mapping = mapping;
            this.unresolved = unresolved;
        }

        List<Command> all(List<Command> commands, KeyPath path) {
            List<Command> result = new ArrayList<>();
            for (int i = 0; i < commands.size(); i++) {
                result.add(one(commands.get(i), path.index(i)));
            }
            return result;
        }

        Command one(Command command, KeyPath path) {
            List<String> resolved = new ArrayList<>();
            List<String> dependencies = command.dependencies();
            for (int i = 0; i < dependencies.size(); i++) {
                resolved.addAll(resolve(dependencies.get(i), path.key("dependencies").index(i)));
            }
            return command.withDependencies(resolved);
        }

        private List<String> resolve(String dependency, KeyPath path) {
            int colon = dependency.indexOf(':');
            String name = colon < 0 ? dependency : dependency.substring(0, colon);
            SortedSet<String> owners = lookup.servicesOf(name);
            if (owners.size() > 1) {
                fail(dependency, path, "Dependency \"" + dependency + "\" is ambiguous: '" + name
                        + "' is a container or job of services " + String.join(", ", owners)
                        + "; name the service instead, or rename one of them");
                return List.of();
            }
            if (owners.size() == 1) {
                String owner = owners.first();
                String target = mapping.getOrDefault(owner, owner);
                if (!containersByService.containsKey(target)) {
                    failMapped(dependency, path, owner, target);
                    return List.of();
                }
                return List.of(target + "/" + dependency);
            }
            String target = mapping.containsKey(name) ? mapping.get(name) : name;
            List<String> containers = containersByService.get(target);
            if (containers == null) {
                if (mapping.containsKey(name)) {
                    failMapped(dependency, path, name, target);
                } else {
                    fail(dependency, path, "Dependency \"" + dependency + "\" not found: no container, single job or"
                            + " service has that name" + Suggestions.didYouMean(name, candidates()) + serviceNote());
                }
                return List.of();
            }
            return containers.stream().map(container -> target + "/" + container).toList();
        }

        private void failMapped(String dependency, KeyPath path, String mapped, String target) {
            fail(dependency, path, "Dependency \"" + dependency + "\" is mapped (services." + definition.name()
                    + ".mapping." + mapped + ") to '" + target + "', which is not a service"
                    + Suggestions.didYouMean(target, containersByService.keySet()));
        }

        private void fail(String dependency, KeyPath path, String message) {
            unresolved.add(new UnresolvedDependency(definition.name(), definition.file(), path.toString(), dependency,
                    message));
        }

        private String serviceNote() {
            return " (service '" + definition.name() + "')";
        }

        private Set<String> candidates() {
            Set<String> names = new TreeSet<>(lookup.names());
            names.addAll(containersByService.keySet());
            names.addAll(mapping.keySet());
            return names;
        }
    }

    /** True when {@code dependency} ends with {@code :local}. */
    public static boolean isLocal(String dependency) {
        return dependency.endsWith(LOCAL_SUFFIX);
    }

    /** The dependency without a {@code :local} suffix. */
    public static String withoutLocal(String dependency) {
        return isLocal(dependency) ? dependency.substring(0, dependency.length() - LOCAL_SUFFIX.length()) : dependency;
    }
}
