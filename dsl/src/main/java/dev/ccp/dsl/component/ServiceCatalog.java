package dev.ccp.dsl.component;

import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.service.DefinitionParser;
import dev.ccp.dsl.service.DslVersion;
import dev.ccp.dsl.service.DslVersionGate;
import dev.ccp.dsl.service.RawDefinition;
import dev.ccp.dsl.service.ServiceDefinition;
import dev.ccp.dsl.service.ServiceProblem;
import dev.ccp.dsl.service.dependency.DependencyCycles;
import dev.ccp.dsl.service.dependency.DependencyGraph;
import dev.ccp.dsl.service.dependency.DependencyLookup;
import dev.ccp.dsl.service.dependency.DependencyResolver;
import dev.ccp.dsl.service.dependency.UnresolvedDependency;
import dev.ccp.dsl.service.validation.DefinitionValidator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The validated components map: every service's definition as records with resolved
 * dependencies, the dependency graph, and every problem found on the way, tied to its service
 * so that a command can fail only for what it works on.
 *
 * <p>Built in this order, without stopping at the first problem: the DSL version gate
 * (definitions that fail it are not checked further), the schema, parsing into records,
 * dependency resolution, cycle detection.
 */
public final class ServiceCatalog {

    private static final String INVALID = "Service definitions are not valid";

    private final LoadedComponents loaded;
    private final SortedSet<String> services;
    private final Map<String, ServiceDefinition> definitions;
    private final List<ServiceProblem> problems;
    private final List<UnresolvedDependency> unresolved;
    private final DependencyGraph graph;

    private ServiceCatalog(LoadedComponents loaded, SortedSet<String> services,
            Map<String, ServiceDefinition> definitions, List<ServiceProblem> problems,
            List<UnresolvedDependency> unresolved, DependencyGraph graph) {
        this.loaded = loaded;
        this.services = Collections.unmodifiableSortedSet(services);
        this.definitions = Collections.unmodifiableMap(definitions);
        this.problems = List.copyOf(problems);
        this.unresolved = List.copyOf(unresolved);
        this.graph = graph;
    }

    /** Validates {@code loaded} against the DSL version {@code toolVersion}. Never throws for bad input. */
    public static ServiceCatalog build(LoadedComponents loaded, DslVersion toolVersion) {
        List<ServiceProblem> problems = new ArrayList<>(loaded.problems());
        DslVersionGate gate = new DslVersionGate(toolVersion);
        DefinitionValidator validator = new DefinitionValidator();
        DefinitionParser parser = new DefinitionParser();
        SortedSet<String> services = new TreeSet<>();
        Map<String, List<String>> containers = new LinkedHashMap<>();
        Map<String, ServiceDefinition> parsed = new TreeMap<>();
        for (RawDefinition definition : loaded.definitions()) {
            String service = definition.serviceName();
            if (service != null) {
                services.add(service);
                containers.put(service, definition.containerNames());
            }
            Optional<Problem> versionProblem = gate.check(definition);
            if (versionProblem.isPresent()) {
                problems.add(new ServiceProblem(service, versionProblem.get()));
                continue;
            }
            List<Problem> schemaProblems = validator.validate(definition);
            schemaProblems.forEach(problem -> problems.add(new ServiceProblem(service, problem)));
            if (schemaProblems.isEmpty() && service != null) {
                parsed.put(service, parser.parse(definition));
            }
        }
        DependencyResolver resolver = new DependencyResolver(DependencyLookup.of(loaded.definitions()), containers,
                loaded.services().mappings());
        Map<String, ServiceDefinition> resolved = new TreeMap<>();
        List<UnresolvedDependency> unresolved = new ArrayList<>();
        for (ServiceDefinition definition : parsed.values()) {
            DependencyResolver.Resolution resolution = resolver.resolve(definition);
            resolved.put(definition.name(), resolution.resolved());
            unresolved.addAll(resolution.unresolved());
        }
        for (List<String> cycle : DependencyCycles.find(resolved.values())) {
            problems.add(ServiceProblem.global(Problem.at(null, "", "dependency cycle: "
                    + DependencyCycles.byService(cycle) + " (" + String.join(" -> ", cycle) + ")")));
        }
        return new ServiceCatalog(loaded, services, resolved, problems, unresolved,
                DependencyGraph.of(services, resolved.values()));
    }

    /** What the catalog was built from (components, exports, raw definitions). */
    public LoadedComponents loaded() {
        return loaded;
    }

    /** Every service name of the components map, valid or not, sorted. */
    public SortedSet<String> services() {
        return services;
    }

    /**
     * The valid definitions by service name (sorted), with resolved dependencies
     * ({@code service/container[:local]}); unresolved ones are left out (see {@link #unresolved()}).
     */
    public Map<String, ServiceDefinition> definitions() {
        return definitions;
    }

    public Optional<ServiceDefinition> definition(String service) {
        return Optional.ofNullable(definitions.get(service));
    }

    /** Every problem except unresolved dependencies: loading, versions, schema, cycles. */
    public List<ServiceProblem> problems() {
        return problems;
    }

    /** Every dependency that names nothing, by service then position. */
    public List<UnresolvedDependency> unresolved() {
        return unresolved;
    }

    /** The service dependency graph (edges from valid definitions only). */
    public DependencyGraph graph() {
        return graph;
    }

    /** True when nothing at all is wrong. */
    public boolean isValid() {
        return problems.isEmpty() && unresolved.isEmpty();
    }

    /** Throws every problem and every unresolved dependency ({@code ccp validate}). */
    public void requireValid() {
        require(service -> true);
    }

    /**
     * Throws the problems that concern {@code selected} ({@code ccp validate -c}): those of these
     * services, plus those tied to no service (which break the whole components map).
     *
     * @throws InvalidInputException also when a selected name is not a service
     */
    public void requireValid(Collection<String> selected) {
        graph.requireKnown(selected);
        Set<String> scope = Set.copyOf(selected);
        require(scope::contains);
    }

    /**
     * Throws the problems that can break a deploy of {@code requested}: those of the requested
     * services and of everything they need (their dependency closure, etcd included), plus those
     * tied to no service. Unresolved dependencies of services outside that set do not count.
     *
     * @throws InvalidInputException also when a requested name is not a service
     */
    public void requireDeployable(Collection<String> requested) {
        graph.requireKnown(requested);
        Set<String> scope = new TreeSet<>(requested);
        scope.addAll(graph.closure(requested));
        scope.addAll(graph.reachableFrom(scope));
        require(scope::contains);
    }

    /** Throws every unresolved dependency, all in one exception. */
    public void requireResolved() {
        InvalidInputException.throwIfAny("Unresolved dependencies",
                unresolved.stream().map(UnresolvedDependency::toProblem).toList());
    }

    private void require(Predicate<String> inScope) {
        List<Problem> found = new ArrayList<>();
        for (ServiceProblem problem : problems) {
            if (problem.isGlobal() || inScope.test(problem.service())) {
                found.add(problem.problem());
            }
        }
        for (UnresolvedDependency dependency : unresolved) {
            if (inScope.test(dependency.service())) {
                found.add(dependency.toProblem());
            }
        }
        // An alias re-renders its base file: the same problem must be shown once.
        InvalidInputException.throwIfAny(INVALID, found.stream().distinct().toList());
    }
}
