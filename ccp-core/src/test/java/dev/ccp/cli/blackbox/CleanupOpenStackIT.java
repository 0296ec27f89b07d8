package dev.ccp.cli.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.cli.blackbox.CcpProcess.Result;
import dev.ccp.openstack.FakeOpenStack;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ccp cleanup} of a deployed example with its OpenStack part (REFERENCE 7.2) through
 * bin/ccp: the OpenStack resources of a fake cloud on loopback first, then the Kubernetes objects
 * of the mock API server.
 */
class CleanupOpenStackIT {

    private static final String PASSWORD = "s3cr3t-Adm1n-pw";

    @TempDir
    Path work;

    private MockApiServer api;
    private KubernetesClient client;
    private FakeOpenStack cloud;
    private String config;

    @BeforeEach
    void start() throws IOException {
        api = MockApiServer.start(work, List.of("node1", "node2", "node3"));
        client = api.client();
        cloud = FakeOpenStack.start("admin", PASSWORD, "admin").populate();
        config = writeConfig("secret_configs:\n  openstack:\n    user_password: " + PASSWORD + "\n");
        Result deploy = ccp("--config-file", config, "deploy");
        assertThat(deploy.exitCode()).as(deploy.toString()).isZero();
        api.writes();
    }

    @AfterEach
    void stop() {
        cloud.close();
        api.close();
    }

    private String writeConfig(String extra) throws IOException {
        Path file = work.resolve("ccp-" + Math.abs(extra.hashCode()) + ".yaml");
        Files.writeString(file, Files.readString(CcpProcess.repo().resolve("etc/topology-example.yaml")) + extra);
        return file.toString();
    }

    private Result ccp(String... args) {
        return CcpProcess.runIn(work, api.env(), args);
    }

    private boolean kubernetesObjectsLeft() {
        return !client.apps().deployments().inNamespace("ccp").withLabel("ccp-environment", "ccp").list().getItems().isEmpty()
                || !client.configMaps().inNamespace("ccp").withLabel("ccp-environment", "ccp").list().getItems().isEmpty();
    }

    @Test
    void deletesTheOpenStackResourcesOfAllProjectsFirstThenTheKubernetesObjects() {
        Result cleanup = ccp("--config-file", config, "cleanup", "--auth-url", cloud.authUrl().toString());

        assertThat(cleanup.exitCode()).as(cleanup.toString()).isZero();
        assertThat(cloud.everything()).isEmpty();
        assertThat(kubernetesObjectsLeft()).isFalse();
        String openstackDone = "OpenStack cleanup has been finished: deleted 3 servers, 3 images, 1 floating IP, 1 router, "
                + "3 ports, 2 networks, 3 objects, 2 containers";
        assertThat(cleanup.err()).contains(openstackDone).contains(" objects and namespace ccp");
        assertThat(cleanup.err().indexOf(openstackDone)).isLessThan(cleanup.err().indexOf(" objects and namespace ccp"));
    }

    @Test
    void neitherThePasswordNorTheTokenIsPrintedEvenWithDebug() {
        Result cleanup = ccp("--config-file", config, "--debug", "-v", "-v", "--log-file", "cleanup.log", "cleanup",
                "--auth-url", cloud.authUrl().toString());

        assertThat(cleanup.exitCode()).as(cleanup.toString()).isZero();
        assertThat(cleanup.err()).contains("deleted servers: [web-1 (s-1), web-2 (s-2), db-1 (s-3)]");
        assertThat(cleanup.out() + cleanup.err()).doesNotContain(PASSWORD).doesNotContain(cloud.token());
        assertThat(work.resolve("cleanup.log")).content().isNotEmpty().doesNotContain(PASSWORD).doesNotContain(cloud.token());
    }

    @Test
    void anUnreachableKeystoneIsAWarningAndTheKubernetesObjectsStillGo() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Result cleanup = ccp("--config-file", config, "cleanup", "--auth-url", "http://127.0.0.1:" + closedPort + "/v3");

        assertThat(cleanup.exitCode()).as(cleanup.toString()).isZero();
        assertThat(cleanup.err()).contains("ccp: warning: keystone is not reachable (http://127.0.0.1:" + closedPort
                + " is not reachable: ").contains("the OpenStack resources (servers, images, networks, containers) are NOT deleted");
        assertThat(kubernetesObjectsLeft()).isFalse();
        assertThat(cloud.requests()).isEmpty();
    }

    @Test
    void skipOsCleanupSendsNoRequestToOpenStack() {
        Result cleanup = ccp("--config-file", config, "cleanup", "--skip-os-cleanup", "--auth-url", cloud.authUrl().toString());

        assertThat(cleanup.exitCode()).as(cleanup.toString()).isZero();
        assertThat(cloud.requests()).isEmpty();
        assertThat(cloud.servers()).hasSize(3);
        assertThat(kubernetesObjectsLeft()).isFalse();
    }

    @Test
    void refusedCredentialsStopTheCleanupBeforeAnythingIsDeleted() throws IOException {
        String wrongPassword = writeConfig("secret_configs:\n  openstack:\n    user_password: not-the-password\n");

        Result cleanup = ccp("--config-file", wrongPassword, "cleanup", "--auth-url", cloud.authUrl().toString());

        assertThat(cleanup.exitCode()).as(cleanup.toString()).isEqualTo(1);
        assertThat(cleanup.err()).contains("ccp: error: keystone at " + cloud.authUrl()
                + " refused the credentials of user 'admin' in project 'admin' (HTTP 401): nothing was deleted.")
                .doesNotContain("not-the-password");
        assertThat(api.writes()).isEmpty();
        assertThat(kubernetesObjectsLeft()).isTrue();
        assertThat(cloud.servers()).hasSize(3);
    }

    @Test
    void serversThatDoNotGoStopTheCleanupBeforeTheKubernetesPart() {
        cloud.undeletable("s-3");

        Result cleanup = ccp("--config-file", config, "cleanup", "--timeout", "1", "--auth-url", cloud.authUrl().toString());

        assertThat(cleanup.exitCode()).as(cleanup.toString()).isEqualTo(1);
        assertThat(cleanup.err()).contains("ccp: error: OpenStack cleanup failed: Some instances were not removed after "
                + "force delete: db-1 (s-3). The Kubernetes objects were not deleted");
        assertThat(api.writes()).isEmpty();
        assertThat(cloud.networks()).hasSize(2);
    }

    @Test
    void withoutKeystoneConfigsTheOriginalsHintIsGiven() throws IOException {
        String noKeystone = writeConfig("configs:\n  openstack:\n    project_name: null\n");

        Result cleanup = ccp("--config-file", noKeystone, "cleanup");

        assertThat(cleanup.exitCode()).as(cleanup.toString()).isEqualTo(1);
        assertThat(cleanup.err()).contains("There are no Keystone configs provided. Run with --skip-os-cleanup flag if "
                + "OpenStack is not deployed");
        assertThat(kubernetesObjectsLeft()).isTrue();
    }

    @Test
    void insecureAndCaCertExcludeEachOther() {
        Result cleanup = ccp("--config-file", config, "cleanup", "--insecure", "--ca-cert", "ca.pem");

        assertThat(cleanup.exitCode()).as(cleanup.toString()).isEqualTo(2);
        assertThat(cleanup.err()).contains("--insecure and --ca-cert exclude each other");
        assertThat(cloud.requests()).isEmpty();
    }
}
