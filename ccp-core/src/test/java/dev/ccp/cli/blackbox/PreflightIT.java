package dev.ccp.cli.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.cli.blackbox.CcpProcess.Result;
import dev.ccp.cluster.preflight.TestImages;
import dev.ccp.testing.RequiredServices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ccp preflight} of the example against the Fabric8 CRUD mock: its SelfSubjectAccessReview
 * answers carry no status, so every permission is "unknown" and said so as a warning, not a
 * failure. The registry of the example is the development registry (127.0.0.1:31500), which
 * the image checks fill with tiny images of their own.
 */
class PreflightIT {

    private static final String EXAMPLE = CcpProcess.repo().resolve("etc/topology-example.yaml").toString();

    @TempDir
    Path work;

    private MockApiServer api;

    @BeforeEach
    void startApiServer() throws IOException {
        api = MockApiServer.start(work, List.of("node1", "node2", "node3", "other"));
    }

    @AfterEach
    void stopApiServer() {
        api.close();
    }

    @Test
    void printsThePermissionTableNodesAndRegistryAndWarnsThatTheMockCannotSayPermissions() {
        RequiredServices.registry();
        Result result = CcpProcess.runIn(work, api.env(), "--config-file", EXAMPLE, "preflight");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("API server: http://127.0.0.1:" + api.port());
        assertThat(result.out()).containsPattern("(?m)^resource +verbs +allowed$");
        for (String resource : List.of("namespaces", "configmaps", "secrets", "services", "deployments", "daemonsets",
                "statefulsets", "jobs", "ingresses", "leases")) {
            assertThat(result.out()).containsPattern("(?m)^" + resource + " +create,get,list,update,delete +unknown$");
        }
        assertThat(result.out()).contains("nodes: 3 of 4 matched by the topology (node1, node2, node3)");
        assertThat(result.out()).contains("registry: http://127.0.0.1:31500/v2/ reachable");
        assertThat(result.err()).contains("without a status");
    }

    @Test
    void imagesTheDeployWillUseAreAskedOfTheRegistryAndMissingOnesAreWarningRows() throws IOException {
        String namespace = "ccp-preflight-" + UUID.randomUUID().toString().substring(0, 8);
        TestImages.push(namespace + "/keystone", "it");
        Path config = exampleWithImages(namespace);

        Result result = CcpProcess.runIn(work, api.env(), "--config-file", config.toString(), "preflight");

        assertThat(result.exitCode()).as("missing images are warnings: " + result).isZero();
        String registry = RequiredServices.REGISTRY_ADDRESS + "/" + namespace;
        assertThat(result.out()).containsPattern("(?m)^image +present$");
        assertThat(result.out()).containsPattern("(?m)^" + Pattern.quote(registry + "/keystone:it") + " +yes$");
        assertThat(result.out()).containsPattern("(?m)^" + Pattern.quote(registry + "/memcached:it") + " +MISSING$");
        assertThat(result.err()).contains("images not in the registry").contains(registry + "/memcached:it")
                .doesNotContain(registry + "/keystone:it");
    }

    @Test
    void deployWarnsAboutMissingImagesAndStillDeploys() throws IOException {
        String namespace = "ccp-preflight-" + UUID.randomUUID().toString().substring(0, 8);
        TestImages.push(namespace + "/keystone", "it");
        Path config = exampleWithImages(namespace);

        Result result = CcpProcess.runIn(work, api.env(), "--config-file", config.toString(), "deploy");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        String registry = RequiredServices.REGISTRY_ADDRESS + "/" + namespace;
        assertThat(result.err()).contains("preflight: ").contains("images not in the registry")
                .contains(registry + "/memcached:it").doesNotContain(registry + "/keystone:it");
        assertThat(api.client().apps().deployments().inNamespace("ccp").withName("memcached").get()).isNotNull();
    }

    /** The example with its images under {@code namespace}, tag {@code it}: a document merged over it. */
    private Path exampleWithImages(String namespace) throws IOException {
        Path config = work.resolve("ccp.yaml");
        Files.writeString(config, Files.readString(Path.of(EXAMPLE))
                + "\n---\nimages:\n  namespace: " + namespace + "\n  tag: it\n");
        return config;
    }
}
