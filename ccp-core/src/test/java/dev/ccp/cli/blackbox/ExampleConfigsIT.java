package dev.ccp.cli.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccp.cli.blackbox.CcpProcess.Result;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example config of {@code etc/} through bin/ccp, each on its own (no other file): it
 * validates, {@code deploy --dry-run} renders it for the nodes it names, and what it is an
 * example of shows in the objects (roles, Ingress hosts, node configs, one namespace and its
 * own NodePorts per parallel environment).
 */
class ExampleConfigsIT {

    private static final String THREE_NODES = "node1,node2,node3";
    private static final String NINE_NODES = IntStream.rangeClosed(1, 9).mapToObj(i -> "node" + i).collect(Collectors.joining(","));

    /** One example config, the namespace it deploys to and the nodes it places services on. */
    record Example(String config, String namespace, String nodes) {
        @Override
        public String toString() {
            return config;
        }
    }

    /** The services of the roles of topology-example.yaml: every in-tree service definition, MariaDB and RabbitMQ by alias. */
    private static final Set<String> CONTROLLER = Set.of("etcd", "database", "rpc", "notifications", "memcached", "keystone",
            "glance-api", "placement-api", "nova-api", "nova-conductor", "nova-scheduler", "neutron-server",
            "neutron-dhcp-agent", "neutron-l3-agent", "neutron-metadata-agent", "horizon", "heat-api", "heat-engine");
    private static final Set<String> COMPUTE = Set.of("nova-compute", "nova-libvirt");
    private static final Set<String> OPENVSWITCH = Set.of("openvswitch-db", "openvswitch-vswitchd", "neutron-openvswitch-agent");

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Example> examples() {
        return Stream.of(
                new Example("etc/topology-example.yaml", "ccp", THREE_NODES),
                new Example("etc/ingress-example.yaml", "ccp", THREE_NODES),
                new Example("etc/node-configs-example.yaml", "ccp", THREE_NODES),
                parallel(1), parallel(2), parallel(3));
    }

    private static Example parallel(int n) {
        return new Example("etc/parallel/ccp-cli-config-" + n + ".yaml", "ccp-" + n, NINE_NODES);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void validates(Example example) {
        Result result = ccp("--config-file", example.config(), "validate");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.err()).contains("Service definitions validation passed successfully")
                .contains("Dockerfiles validation passed successfully");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void rendersEveryServiceOfItsRolesIntoItsOwnNamespace(Example example) {
        List<HasMetadata> objects = dryRun(example);
        assertThat(objects).filteredOn(o -> o.getKind().equals("Namespace"))
                .singleElement().extracting(o -> o.getMetadata().getName()).isEqualTo(example.namespace());
        assertThat(objects).as("every object is labelled for the example's environment")
                .allSatisfy(o -> assertThat(o.getMetadata().getLabels()).containsEntry("ccp-environment", example.namespace()));
        assertThat(workloads(objects).keySet()).containsExactlyInAnyOrderElementsOf(union(CONTROLLER, COMPUTE, OPENVSWITCH));
    }

    @Test
    void topologyExamplePutsTheControllerOnNode1AndTheComputesOnNode2And3() {
        List<HasMetadata> objects = dryRun(example("etc/topology-example.yaml"));
        Map<String, List<String>> placement = workloads(objects);
        CONTROLLER.forEach(service -> assertThat(placement.get(service)).as(service).containsExactly("node1"));
        COMPUTE.forEach(service -> assertThat(placement.get(service)).as(service).containsExactly("node2", "node3"));
        OPENVSWITCH.forEach(service -> assertThat(placement.get(service)).as(service).containsExactly("node1", "node2", "node3"));
        assertThat(objects).as("ingress is off by default")
                .noneMatch(o -> o.getKind().equals("Ingress"));
    }

    @Test
    void ingressExampleGivesEveryApiAndTheDashboardAHostUnderItsDomain() {
        Example example = example("etc/ingress-example.yaml");
        Map<String, String> hosts = new TreeMap<>();
        for (HasMetadata object : dryRun(example)) {
            if (object instanceof Ingress ingress) {
                for (IngressRule rule : ingress.getSpec().getRules()) {
                    String backend = rule.getHttp().getPaths().get(0).getBackend().getService().getName();
                    assertThat(backend).as(rule.getHost()).isEqualTo(ingress.getMetadata().getName());
                    hosts.put(rule.getHost(), backend);
                }
            }
        }
        assertThat(hosts).containsExactlyInAnyOrderEntriesOf(Map.of(
                "identity.cloud.example.org", "keystone",
                "image.cloud.example.org", "glance-api",
                "compute.cloud.example.org", "nova-api",
                "placement.cloud.example.org", "placement-api",
                "network.cloud.example.org", "neutron-server",
                "orchestration.cloud.example.org", "heat-api",
                "dashboard.cloud.example.org", "horizon"));

        Result domains = ccp("--config-file", example.config(), "domains", "list");
        assertThat(domains.exitCode()).as(domains.toString()).isZero();
        assertThat(domains.out().lines()).containsExactlyInAnyOrderElementsOf(hosts.keySet());

        JsonNode globals = json(configMap(dryRun(example), "globals"), "globals").path("ingress");
        assertThat(globals.path("enabled").asBoolean()).isTrue();
        assertThat(globals.path("port").asInt()).isEqualTo(443);
    }

    @Test
    void nodeConfigsExampleShipsEachEntrysOverridesAndKeepsTheGlobalValues() {
        List<HasMetadata> objects = dryRun(example("etc/node-configs-example.yaml"));
        JsonNode nodes = json(configMap(objects, "nodes-config"), "nodes-config");
        assertThat(fieldNames(nodes)).containsExactly("node1$", "node3$", "node[2-3]$");

        JsonNode controller = nodes.path("node1$");
        assertThat(controller.path("private_interface").asText()).isEqualTo("ens3");
        assertThat(controller.path("public_interface").asText()).isEqualTo("ens4");
        assertThat(controller.path("neutron").path("physnets")).hasSize(1);
        assertThat(controller.path("neutron").path("physnets").get(0).path("interface").asText()).isEqualTo("ens5");
        assertThat(nodes.path("node[2-3]$")).isEqualTo(JSON.createObjectNode().set("nova",
                JSON.createObjectNode().put("virt_type", "kvm")));
        assertThat(nodes.path("node3$")).isEqualTo(JSON.createObjectNode().set("neutron",
                JSON.createObjectNode().put("debug", true)));

        JsonNode globals = json(configMap(objects, "globals"), "globals");
        assertThat(globals.path("private_interface").asText()).isEqualTo("eth0");
        assertThat(globals.path("nova").path("virt_type").asText()).isEqualTo("qemu");
        assertThat(globals.path("nova").path("workers").asInt()).as("the rest of nova stays global").isEqualTo(2);
        assertThat(globals.path("neutron").path("physnets").get(0).path("interface").asText()).isEqualTo("eth2");

        assertThat(workloads(objects).get("nova-compute")).as("the roles still come from topology-example.yaml")
                .containsExactly("node2", "node3");
    }

    @Test
    void parallelEnvironmentsEachOpenTheirDashboardOnANodePortOfTheirOwn() {
        Map<String, List<Integer>> nodePorts = new TreeMap<>();
        for (int n = 1; n <= 3; n++) {
            List<Integer> ports = new ArrayList<>();
            for (HasMetadata object : dryRun(parallel(n))) {
                if (object instanceof Service service) {
                    service.getSpec().getPorts().stream().map(ServicePort::getNodePort).filter(Objects::nonNull).forEach(ports::add);
                    if (service.getMetadata().getName().equals("horizon")) {
                        assertThat(service.getSpec().getPorts()).extracting(ServicePort::getNodePort).containsExactly(30080 + 100 * n);
                    }
                }
            }
            assertThat(ports).as("ccp-%d", n).isNotEmpty().doesNotHaveDuplicates();
            nodePorts.put("ccp-" + n, ports);
        }
        List<Integer> all = nodePorts.values().stream().flatMap(List::stream).toList();
        assertThat(all).as("no NodePort is used by two environments: %s", nodePorts).doesNotHaveDuplicates();
    }

    private static Example example(String config) {
        return examples().filter(e -> e.config().equals(config)).findFirst().orElseThrow();
    }

    private static Result ccp(String... args) {
        return CcpProcess.runIn(CcpProcess.repo(), Map.of(), args);
    }

    private static List<HasMetadata> dryRun(Example example) {
        Result result = ccp("--config-file", example.config(), "deploy", "--dry-run", "--nodes", example.nodes());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.err()).contains("dry run: nothing was sent to a cluster");
        return Arrays.stream(result.out().split("(?m)^---$"))
                .filter(document -> !document.isBlank())
                .map(document -> Serialization.unmarshal(document, HasMetadata.class))
                .toList();
    }

    /** Deployments, DaemonSets and StatefulSets by name, each with the node names its affinity allows. */
    private static Map<String, List<String>> workloads(List<HasMetadata> objects) {
        Map<String, List<String>> placement = new TreeMap<>();
        for (HasMetadata object : objects) {
            podTemplate(object).ifPresent(template -> placement.put(object.getMetadata().getName(), nodesOf(template)));
        }
        return placement;
    }

    private static Optional<PodTemplateSpec> podTemplate(HasMetadata object) {
        if (object instanceof Deployment deployment) {
            return Optional.of(deployment.getSpec().getTemplate());
        }
        if (object instanceof DaemonSet daemonSet) {
            return Optional.of(daemonSet.getSpec().getTemplate());
        }
        if (object instanceof StatefulSet statefulSet) {
            return Optional.of(statefulSet.getSpec().getTemplate());
        }
        return Optional.empty();
    }

    private static List<String> nodesOf(PodTemplateSpec template) {
        return template.getSpec().getAffinity().getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution()
                .getNodeSelectorTerms().stream()
                .flatMap(term -> term.getMatchExpressions().stream())
                .filter(expression -> expression.getKey().equals("kubernetes.io/hostname"))
                .map(NodeSelectorRequirement::getValues)
                .flatMap(List::stream)
                .sorted()
                .toList();
    }

    private static ConfigMap configMap(List<HasMetadata> objects, String name) {
        return objects.stream()
                .filter(ConfigMap.class::isInstance).map(ConfigMap.class::cast)
                .filter(map -> map.getMetadata().getName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no ConfigMap " + name));
    }

    private static JsonNode json(ConfigMap configMap, String key) {
        try {
            return JSON.readTree(configMap.getData().get(key));
        } catch (JsonProcessingException e) {
            throw new AssertionError("ConfigMap " + configMap.getMetadata().getName() + " key " + key + " is not JSON", e);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        return Stream.of(sets).flatMap(Set::stream).collect(Collectors.toSet());
    }
}
