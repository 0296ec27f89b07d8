package dev.ccp.renderer;

import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.problem.Suggestions;
import dev.ccp.dsl.service.SecretSpec;
import dev.ccp.dsl.service.ServiceDefinition;
import dev.ccp.dsl.service.ServiceKind;
import dev.ccp.dsl.service.Strategy;
import dev.ccp.dsl.yaml.KeyPath;
import dev.ccp.topology.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What must hold before anything is rendered; every problem is collected and thrown together.
 * Each rendered service has a valid definition and a place in the topology; a DaemonSet has no
 * {@code replicas} and no {@code strategy: Recreate}; pod annotations leave ccp's keys alone; a
 * job's {@code topology_key} names a service of the topology; services sharing a Secret name
 * define it the same way; every file template can be read (read here, once).
 */
final class RenderChecks {

    private static final String SUMMARY = "Cannot render the environment";

    private final RenderRequest request;
    private final TemplateTexts templates;
    private final List<Problem> problems = new ArrayList<>();

    private RenderChecks(RenderRequest request) {
        this.request = request;
        this.templates = new TemplateTexts(request.config(), request.catalog().loaded());
    }

    /**
     * The services to render, in order, with their topology nodes and file templates.
     *
     * @throws InvalidInputException carrying every problem found
     */
    static List<ServiceUnit> units(RenderRequest request) {
        RenderChecks checks = new RenderChecks(request);
        List<ServiceUnit> units = checks.collectUnits();
        checks.checkSharedSecrets(units);
        // An alias re-renders its base definition: the same problem is reported once.
        InvalidInputException.throwIfAny(SUMMARY, checks.problems.stream().distinct().toList());
        return units;
    }

    private List<ServiceUnit> collectUnits() {
        Topology topology = request.topology();
        Map<String, ServiceDefinition> definitions = request.catalog().definitions();
        List<ServiceUnit> units = new ArrayList<>();
        for (String service : request.services()) {
            ServiceDefinition definition = definitions.get(service);
            if (definition == null) {
                problems.add(Problem.at(null, "", "service '" + service + "' has no valid definition"
                        + Suggestions.didYouMean(service, definitions.keySet())));
                continue;
            }
            if (!topology.contains(service)) {
                problems.add(configProblem(KeyPath.of("roles"), "service '" + service
                        + "' is not in the topology: no role of a matched node lists it"));
                continue;
            }
            checkKind(definition);
            checkPodAnnotations(definition);
            ServiceUnit unit = ServiceUnit.of(definition, topology.nodesOf(service),
                    templates.texts(definition, problems));
            unit.jobs().forEach(job -> checkJobPlacement(definition, job));
            units.add(unit);
        }
        return units;
    }

    private void checkKind(ServiceDefinition definition) {
        if (definition.service().kind() != ServiceKind.DAEMON_SET) {
            return;
        }
        String service = definition.name();
        if (request.config().config().replicas().containsKey(service)) {
            problems.add(configProblem(KeyPath.of("replicas", service), "service '" + service
                    + "' is a DaemonSet: it runs on every node of its roles, replicas cannot be set"));
        }
        if (definition.service().strategy() == Strategy.RECREATE) {
            problems.add(Problem.at(definition.file(), "service.strategy",
                    "a DaemonSet is updated rolling, node by node; Recreate is not supported"));
        }
    }

    private void checkPodAnnotations(ServiceDefinition definition) {
        List<String> owned = definition.service().annotations().pod().keySet().stream()
                .filter(CcpMetadata::isOwnedPodAnnotation).sorted().toList();
        if (!owned.isEmpty()) {
            problems.add(Problem.at(definition.file(), "service.annotations.pod",
                    "annotations owned by ccp cannot be set: " + String.join(", ", owned)
                            + " (affinity comes from the topology and antiAffinity, the config hash from ccp)"));
        }
    }

    private void checkJobPlacement(ServiceDefinition definition, SingleJob job) {
        Optional<String> key = request.jobTopologyKeys().of(definition, job.command());
        if (JobPlacement.nodes(request.topology(), key).isEmpty()) {
            problems.add(Problem.at(definition.file(), job.location().key("topology_key").toString(),
                    "'" + key.get() + "' is not in the topology, so job '" + job.name()
                            + "' cannot be placed on its nodes; list it in a role"
                            + Suggestions.didYouMean(key.get(), request.topology().services())));
        }
    }

    /** Aliases re-render their base definition: a Secret they share must be the same everywhere. */
    private void checkSharedSecrets(List<ServiceUnit> units) {
        Map<String, ServiceUnit> firstOwner = new HashMap<>();
        Map<String, SecretSpec> firstSpec = new HashMap<>();
        for (ServiceUnit unit : units) {
            unit.definition().secrets().forEach((key, spec) -> {
                String name = spec.secret().secretName();
                SecretSpec earlier = firstSpec.putIfAbsent(name, spec);
                firstOwner.putIfAbsent(name, unit);
                if (earlier != null && !sameContent(earlier, spec)) {
                    problems.add(Problem.at(unit.definition().file(), KeyPath.of("secrets", key).toString(),
                            "Secret '" + name + "' is also defined by service '" + firstOwner.get(name).name()
                                    + "' with other type or data"));
                }
            });
        }
    }

    private static boolean sameContent(SecretSpec a, SecretSpec b) {
        return Objects.equals(a.type(), b.type()) && a.data().equals(b.data());
    }

    private Problem configProblem(KeyPath path, String message) {
        return request.config().tree().problemAt(path, message);
    }
}
