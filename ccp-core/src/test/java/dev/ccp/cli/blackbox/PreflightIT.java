package dev.ccp.cli.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.cli.blackbox.CcpProcess.Result;
import dev.ccp.testing.RequiredServices;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ccp preflight} of the example against the Fabric8 CRUD mock: its SelfSubjectAccessReview
 * answers carry no status, so every permission is "unknown" and said so as a warning, not a
 * failure. The registry of the example is the development registry (127.0.0.1:31500).
 */
class PreflightIT {

    private static final String EXAMPLE = CcpProcess.repo().resolve("etc/topology-example.yaml").toString();

    @TempDir
    Path work;

    private KubernetesMockServer server;
    private KubernetesClient client;
    private Map<String, String> env;

    @BeforeEach
    void startApiServer() throws IOException {
        server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), new KubernetesCrudDispatcher(), false);
        server.init(InetAddress.getByName("127.0.0.1"), 0);
        client = server.createClient();
        for (String node : List.of("node1", "node2", "node3", "other")) {
            client.nodes().resource(new NodeBuilder().withNewMetadata().withName(node).endMetadata().build()).create();
        }
        Path kubeconfig = work.resolve("kubeconfig");
        Files.writeString(kubeconfig, String.join("\n",
                "apiVersion: v1", "kind: Config",
                "clusters: [{name: mock, cluster: {server: 'http://127.0.0.1:" + server.getPort() + "'}}]",
                "users: [{name: ccp, user: {token: test}}]",
                "contexts: [{name: mock, context: {cluster: mock, user: ccp}}]",
                "current-context: mock", ""));
        env = Map.of("KUBECONFIG", kubeconfig.toString());
    }

    @AfterEach
    void stopApiServer() {
        client.close();
        server.destroy();
    }

    @Test
    void printsThePermissionTableNodesAndRegistryAndWarnsThatTheMockCannotSayPermissions() {
        RequiredServices.registry();
        Result result = CcpProcess.runIn(work, env, "--config-file", EXAMPLE, "preflight");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("API server: http://127.0.0.1:" + server.getPort());
        assertThat(result.out()).containsPattern("(?m)^resource +verbs +allowed$");
        for (String resource : List.of("namespaces", "configmaps", "secrets", "services", "deployments", "daemonsets",
                "statefulsets", "jobs", "ingresses", "leases")) {
            assertThat(result.out()).containsPattern("(?m)^" + resource + " +create,get,list,update,delete +unknown$");
        }
        assertThat(result.out()).contains("nodes: 3 of 4 matched by the topology (node1, node2, node3)");
        assertThat(result.out()).contains("registry: http://127.0.0.1:31500/v2/ reachable");
        assertThat(result.err()).contains("without a status");
    }
}
