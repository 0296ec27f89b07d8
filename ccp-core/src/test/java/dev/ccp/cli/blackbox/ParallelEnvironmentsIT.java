package dev.ccp.cli.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.cli.blackbox.CcpProcess.Result;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several environments in one cluster (REFERENCE "parallel environments", seed 004 section 2.1):
 * the three bundled configs of etc/parallel deployed at the same time by three bin/ccp processes
 * against one Fabric8 CRUD mock server, then a NodePort clash refused before any write.
 */
class ParallelEnvironmentsIT {

    private static final Path PARALLEL = CcpProcess.repo().resolve("etc/parallel");

    @TempDir
    Path work;

    private MockApiServer api;
    private KubernetesClient client;

    @BeforeEach
    void startApiServer() throws IOException {
        api = MockApiServer.start(work, List.of());
        client = api.client();
        IntStream.rangeClosed(1, 9).forEach(this::addNode);
    }

    @AfterEach
    void stopApiServer() {
        api.close();
    }

    @Test
    void threeEnvironmentsDeployedAtOnceEachHoldOnlyTheirOwnObjectsAndANodePortClashIsRefused() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Result>> runs = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                String config = PARALLEL.resolve("ccp-cli-config-" + i + ".yaml").toString();
                runs.add(pool.submit(() -> ccp("--config-file", config, "deploy")));
            }
            for (Future<Result> run : runs) {
                Result result = run.get(5, TimeUnit.MINUTES);
                assertThat(result.exitCode()).as(result.toString()).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String namespace : List.of("ccp-1", "ccp-2", "ccp-3")) {
            List<HasMetadata> objects = objectsIn(namespace);
            assertThat(objects).as(namespace).isNotEmpty();
            assertThat(objects).as("every object in %s is labelled for it", namespace)
                    .allSatisfy(o -> assertThat(o.getMetadata().getLabels())
                            .containsEntry("ccp", "true").containsEntry("ccp-environment", namespace));
            assertThat(client.apps().deployments().inNamespace(namespace).withName("keystone").get()).isNotNull();
            counts.put(namespace, objects.size());
        }
        assertThat(counts.get("ccp-2")).as("the same roles render the same objects").isEqualTo(counts.get("ccp-1"));
        assertThat(counts.get("ccp-3")).isEqualTo(counts.get("ccp-1"));

        // Two more environments on nodes of their own, both asking for keystone's public NodePort 31234.
        IntStream.rangeClosed(10, 15).forEach(this::addNode);
        for (Path file : Files.newDirectoryStream(PARALLEL, "*.yaml")) {
            Files.copy(file, work.resolve(file.getFileName()));
        }
        Path first = environment("ccp-4", "node1[0-2]$", "node10$", "node1[1-2]$");
        Path second = environment("ccp-5", "node1[3-5]$", "node13$", "node1[4-5]$");
        Result accepted = ccp("--config-file", first.toString(), "deploy");
        assertThat(accepted.exitCode()).as(accepted.toString()).isZero();
        assertThat(client.services().inNamespace("ccp-4").withName("keystone").get().getSpec().getPorts())
                .anyMatch(p -> Integer.valueOf(31234).equals(p.getNodePort()));
        api.writes();

        Result refused = ccp("--config-file", second.toString(), "deploy");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(2);
        assertThat(refused.err()).contains("NodePort 31234", "Service/keystone", "ccp-4", "ccp-5", "nothing was written");
        assertThat(api.writes()).as("refused before any write").isEmpty();
        assertThat(client.namespaces().withName("ccp-5").get()).isNull();
    }

    private Path environment(String namespace, String everyNode, String networkNode, String computeNodes) throws IOException {
        Path topology = work.resolve("topology-" + namespace + ".yaml");
        Files.writeString(topology, String.join("\n", "nodes:",
                "  " + everyNode + ":", "    roles: [controller-net-bridge]",
                "  " + networkNode + ":", "    roles: [openvswitch, controller-net-host]",
                "  " + computeNodes + ":", "    roles: [openvswitch, compute]", ""));
        Path config = work.resolve("config-" + namespace + ".yaml");
        Files.writeString(config, String.join("\n", "!include",
                "- ccp-configs-common.yaml", "- ccp-roles.yaml", "- " + topology.getFileName(), "---",
                "kubernetes:", "  namespace: " + namespace,
                "configs:", "  keystone:", "    public_port:", "      node: 31234", ""));
        return config;
    }

    private List<HasMetadata> objectsIn(String namespace) {
        return Stream.of(
                client.configMaps().inNamespace(namespace).list().getItems(),
                client.secrets().inNamespace(namespace).list().getItems(),
                client.services().inNamespace(namespace).list().getItems(),
                client.apps().deployments().inNamespace(namespace).list().getItems(),
                client.apps().daemonSets().inNamespace(namespace).list().getItems(),
                client.apps().statefulSets().inNamespace(namespace).list().getItems(),
                client.batch().v1().jobs().inNamespace(namespace).list().getItems())
                .<HasMetadata>flatMap(List::stream)
                .filter(o -> !o.getMetadata().getName().startsWith("ccp-deploy-lock"))
                .toList();
    }

    private void addNode(int number) {
        api.addNode("node" + number);
    }

    private Result ccp(String... args) {
        return CcpProcess.runIn(work, api.env(), args);
    }
}
