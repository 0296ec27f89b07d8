package dev.ccp.cli.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.cli.blackbox.CcpProcess.Result;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ccp deploy}, {@code status} and {@code cleanup} of the bundled example through bin/ccp,
 * against a Fabric8 mock API server in CRUD mode reached through a kubeconfig, as on a real
 * cluster. Asserts what the server holds, and counts the writes it received.
 */
class DeployClusterIT {

    private static final String EXAMPLE = CcpProcess.repo().resolve("etc/topology-example.yaml").toString();

    @TempDir
    Path work;

    private MockApiServer api;
    private KubernetesClient client;

    @BeforeEach
    void startApiServer() throws IOException {
        api = MockApiServer.start(work, List.of("node1", "node2", "node3"));
        client = api.client();
    }

    @AfterEach
    void stopApiServer() {
        api.close();
    }

    private Result ccp(String... args) {
        return CcpProcess.runIn(work, api.env(), args);
    }

    @Test
    void deployCreatesEveryObjectAndAnUnchangedRedeployWritesNothing() throws Exception {
        Result first = ccp("--config-file", EXAMPLE, "deploy");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(client.apps().deployments().inNamespace("ccp").withName("keystone").get()).isNotNull();
        assertThat(client.apps().statefulSets().inNamespace("ccp").withName("etcd").get()).isNotNull();
        DaemonSet compute = client.apps().daemonSets().inNamespace("ccp").withName("nova-compute").get();
        assertThat(compute.getMetadata().getLabels()).containsEntry("ccp-environment", "ccp").containsEntry("app", "nova-compute");
        assertThat(client.batch().v1().jobs().inNamespace("ccp").withLabel("ccp-environment", "ccp").list().getItems())
                .extracting(j -> j.getMetadata().getName()).contains("keystone-keystone-db-sync");
        assertThat(client.configMaps().inNamespace("ccp").withName("keystone-role").get().getData()).containsKey("keystone");
        assertThat(work.resolve("openrc-ccp")).isRegularFile();
        assertThat(Files.readString(work.resolve("openrc-ccp"))).contains("export OS_AUTH_URL=");
        List<String> firstWrites = api.writes();
        assertThat(firstWrites).isNotEmpty().anyMatch(w -> w.startsWith("POST") && w.contains("/namespaces/ccp/configmaps"));

        Result again = ccp("--config-file", EXAMPLE, "deploy");
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(api.writes()).as("an unchanged re-deploy writes nothing").isEmpty();

        Result plan = ccp("--config-file", EXAMPLE, "deploy", "--plan");
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        assertThat(plan.out()).containsIgnoringCase("unchanged");
        assertThat(api.writes()).isEmpty();

        Result diff = ccp("--config-file", EXAMPLE, "diff");
        assertThat(diff.exitCode()).as(diff.toString()).isZero();
        assertThat(diff.out()).as("ccp diff is deploy --plan").isEqualTo(plan.out());
        assertThat(api.writes()).isEmpty();
    }

    @Test
    void diffBeforeTheFirstDeployListsCreationsAndWritesNothing() throws Exception {
        Result diff = ccp("--config-file", EXAMPLE, "diff", "-f", "json");
        assertThat(diff.exitCode()).as(diff.toString()).isZero();
        assertThat(diff.out()).contains("\"action\" : \"create\"").contains("\"unchanged\" : 0").doesNotContain("\"action\" : \"unchanged\"");
        assertThat(api.writes()).isEmpty();
        assertThat(client.namespaces().withName("ccp").get()).isNull();

        Result refused = ccp("--config-file", EXAMPLE, "diff", "--dry-run");
        assertThat(refused.exitCode()).as("diff has no --dry-run").isEqualTo(2);
    }

    @Test
    void statusAndCleanupWorkOnWhatIsInTheCluster() throws Exception {
        assertThat(ccp("--config-file", EXAMPLE, "deploy").exitCode()).isZero();
        Result status = ccp("--config-file", EXAMPLE, "status", "-s");
        assertThat(status.exitCode()).as(status.toString()).isZero();
        assertThat(status.out()).contains("| wip    |"); // no controller runs in the mock: nothing becomes ready

        Result cleanup = ccp("--config-file", EXAMPLE, "cleanup", "--skip-os-cleanup");
        assertThat(cleanup.exitCode()).as(cleanup.toString()).isZero();
        assertThat(client.apps().deployments().inNamespace("ccp").withLabel("ccp-environment", "ccp").list().getItems()).isEmpty();
        assertThat(client.apps().statefulSets().inNamespace("ccp").list().getItems()).isEmpty();
        assertThat(client.batch().v1().jobs().inNamespace("ccp").list().getItems()).isEmpty();
        assertThat(client.configMaps().inNamespace("ccp").withLabel("ccp-environment", "ccp").list().getItems()).isEmpty();
    }

}
