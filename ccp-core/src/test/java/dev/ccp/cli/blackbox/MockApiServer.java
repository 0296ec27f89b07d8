package dev.ccp.cli.blackbox;

import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Fabric8 mock Kubernetes API server in CRUD mode on loopback, reached by {@code bin/ccp} through a
 * kubeconfig as a real cluster would be, with a client for the test to set up and inspect its state
 * and a count of the writes it received.
 */
final class MockApiServer implements AutoCloseable {

    private final KubernetesMockServer server;
    private final KubernetesClient client;
    private final Map<String, String> env;

    private MockApiServer(KubernetesMockServer server, Path kubeconfig) {
        this.server = server;
        this.client = server.createClient();
        this.env = Map.of("KUBECONFIG", kubeconfig.toString());
    }

    /** Starts the server, writes {@code workDir/kubeconfig} for it and creates {@code nodes}. */
    static MockApiServer start(Path workDir, List<String> nodes) throws IOException {
        KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new KubernetesCrudDispatcher(), false);
        server.init(InetAddress.getByName("127.0.0.1"), 0);
        Path kubeconfig = workDir.resolve("kubeconfig");
        Files.writeString(kubeconfig, String.join("\n",
                "apiVersion: v1", "kind: Config",
                "clusters: [{name: mock, cluster: {server: 'http://127.0.0.1:" + server.getPort() + "'}}]",
                "users: [{name: ccp, user: {token: test}}]",
                "contexts: [{name: mock, context: {cluster: mock, user: ccp}}]",
                "current-context: mock", ""));
        MockApiServer api = new MockApiServer(server, kubeconfig);
        nodes.forEach(api::addNode);
        api.writes();
        return api;
    }

    void addNode(String name) {
        client.nodes().resource(new NodeBuilder().withNewMetadata().withName(name).endMetadata().build()).create();
    }

    KubernetesClient client() {
        return client;
    }

    int port() {
        return server.getPort();
    }

    /** The environment for a {@code bin/ccp} process that should talk to this server. */
    Map<String, String> env() {
        return env;
    }

    /**
     * The write requests ("METHOD path") received since the last call. A SelfSubjectAccessReview
     * (preflight) is a question, not a write.
     */
    List<String> writes() {
        List<String> writes = new ArrayList<>();
        try {
            RecordedRequest request;
            while ((request = server.takeRequest(10, TimeUnit.MILLISECONDS)) != null) {
                if (!request.getMethod().equals("GET") && !request.getPath().contains("selfsubjectaccessreviews")) {
                    writes.add(request.getMethod() + " " + request.getPath());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return writes;
    }

    @Override
    public void close() {
        client.close();
        server.destroy();
    }
}
