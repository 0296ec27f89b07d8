package dev.ccp.renderer;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole in-tree example renders, completely and deterministically. */
class ExampleRenderTest {

    private static final List<String> DAEMON_SETS = List.of("neutron-dhcp-agent", "neutron-l3-agent",
            "neutron-metadata-agent", "neutron-openvswitch-agent", "nova-compute", "nova-libvirt", "openvswitch-db",
            "openvswitch-vswitchd");
    private static final List<String> DEPLOYMENTS = List.of("database", "glance-api", "heat-api", "heat-engine",
            "horizon", "keystone", "memcached", "neutron-server", "notifications", "nova-api", "nova-conductor",
            "nova-scheduler", "placement-api", "rpc");
    private static final List<String> SERVICES = List.of("database", "etcd", "glance-api", "heat-api", "horizon",
            "keystone", "memcached", "neutron-server", "notifications", "nova-api", "placement-api", "rpc");

    private static RenderedEnvironment example;

    @BeforeAll
    static void render() {
        example = Example.render();
    }

    @Test
    void everyServiceOfTheRolesIsRendered() {
        Map<String, Long> kinds = example.objects().stream()
                .collect(Collectors.groupingBy(HasMetadata::getKind, TreeMap::new, Collectors.counting()));

        // 23 services: 4 ConfigMaps each plus globals, nodes-config and exports; no registry
        // credentials, so no registry-key; ingress disabled; 22 single jobs in 6 services.
        assertThat(kinds).containsExactly(Map.entry("ConfigMap", 95L), Map.entry("DaemonSet", 8L),
                Map.entry("Deployment", 14L), Map.entry("Job", 22L), Map.entry("Namespace", 1L),
                Map.entry("Secret", 1L), Map.entry("Service", 12L), Map.entry("StatefulSet", 1L));
        assertThat(names(example.ofType(DaemonSet.class))).containsExactlyElementsOf(DAEMON_SETS);
        assertThat(names(example.ofType(Deployment.class))).containsExactlyElementsOf(DEPLOYMENTS);
        assertThat(names(example.ofType(StatefulSet.class))).containsExactly("etcd");
        assertThat(names(example.ofType(io.fabric8.kubernetes.api.model.Service.class)))
                .containsExactlyElementsOf(SERVICES);
        assertThat(example.objects().get(0).getKind()).isEqualTo("Namespace");
        assertThat(example.objects().get(0).getMetadata().getName()).isEqualTo("ccp");
    }

    @Test
    void daemonSetsRunOnTheirRolesNodesAndJobsOnEveryNode() {
        assertThat(nodeAffinity(template(example.find("DaemonSet", "nova-compute").orElseThrow())))
                .containsExactly("node2", "node3");
        assertThat(nodeAffinity(template(example.find("DaemonSet", "openvswitch-db").orElseThrow())))
                .containsExactly("node1", "node2", "node3");
        Job dbCreate = (Job) example.find("Job", "keystone-keystone-db-create").orElseThrow();
        assertThat(nodeAffinity(dbCreate.getSpec().getTemplate())).containsExactly("node1", "node2", "node3");
        assertThat(dbCreate.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
                .isEqualTo("127.0.0.1:31500/ccp/keystone:latest");
        assertThat(names(example.ofType(Job.class))).filteredOn(name -> name.startsWith("keystone-")).containsExactly(
                "keystone-keystone-db-create", "keystone-keystone-db-sync", "keystone-keystone-db-bootstrap",
                "keystone-keystone-create-service-project", "keystone-keystone-create-service-role");
    }

    @Test
    void renderingTwiceGivesTheSameYaml() {
        ObjectExporter exporter = ObjectExporter.standard();

        assertThat(exporter.toYamlStream(Example.render().objects()))
                .isEqualTo(exporter.toYamlStream(example.objects()));
    }

    @Test
    void everyExportedFileLoadsBackIntoAnEqualObject(@TempDir Path dir) throws IOException {
        List<Path> files = ObjectExporter.standard().export(example.objects(), dir);
        List<HasMetadata> exported = example.withoutNamespace();

        assertThat(files).hasSameSizeAs(exported);
        try (KubernetesClient client = new KubernetesClientBuilder().build()) {
            for (int i = 0; i < files.size(); i++) {
                KubernetesResource loaded = client.getKubernetesSerialization().unmarshal(Files.readString(files.get(i)));
                assertThat(loaded).as(files.get(i).toString()).isEqualTo(exported.get(i));
            }
        }
    }

    private static List<String> names(List<? extends HasMetadata> objects) {
        return objects.stream().map(o -> o.getMetadata().getName()).toList();
    }

    private static PodTemplateSpec template(HasMetadata object) {
        return Workloads.podTemplate(object).orElseThrow();
    }

    private static List<String> nodeAffinity(PodTemplateSpec template) {
        return template.getSpec().getAffinity().getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution()
                .getNodeSelectorTerms().get(0).getMatchExpressions().get(0).getValues();
    }
}
