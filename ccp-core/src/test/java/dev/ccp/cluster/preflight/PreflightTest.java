package dev.ccp.cluster.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.cluster.Cluster;
import dev.ccp.cluster.RetryPolicy;
import dev.ccp.dsl.config.CcpConfig;
import dev.ccp.dsl.config.ConfigLoader;
import dev.ccp.dsl.config.HostEnvironment;
import dev.ccp.dsl.problem.CcpException;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The checks against a cluster stand-in: all asked at once, reported in table order, the first failure fails the report. */
class PreflightTest {

    private static final RetryPolicy ONCE = new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1), d -> { });

    @TempDir
    Path dir;

    private CcpConfig config() throws IOException {
        Path file = dir.resolve("ccp.yaml");
        Files.writeString(file, "kubernetes:\n  namespace: ccp-9\nnodes:\n  node[12]$:\n    roles: [controller]\n"
                + "roles:\n  controller: []\n");
        return new ConfigLoader().loadWithoutComponents(Optional.of(file),
                new HostEnvironment(dir, 1, dir.resolve("components"))).config();
    }

    /** Answers the preflight's questions; everything else is not asked. */
    private static class AnsweringCluster implements Cluster {

        final AtomicInteger reviews = new AtomicInteger();

        @Override
        public List<String> nodeNames() {
            return List.of("node1", "node2", "node3");
        }

        @Override
        public Optional<String> serverVersion() {
            return Optional.of("v1.31.2");
        }

        @Override
        public Optional<Boolean> accessAllowed(String verb, String group, String resource, String namespace) {
            reviews.incrementAndGet();
            if (resource.equals("namespaces")) {
                assertThat(namespace).as("namespaces are cluster-wide").isNull();
            } else {
                assertThat(namespace).isEqualTo("ccp-9");
            }
            if (resource.equals("leases")) {
                return Optional.empty();
            }
            return Optional.of(!(resource.equals("secrets") && verb.equals("delete")));
        }

        @Override
        public String describe() {
            return "https://api.example:6443/";
        }

        @Override
        public Optional<HasMetadata> get(HasMetadata like) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T extends HasMetadata> Optional<T> get(Class<T> type, String namespace, String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T extends HasMetadata> List<T> list(Class<T> type, String namespace, Map<String, String> labels) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<GenericKubernetesResource> listAsSent(Class<? extends HasMetadata> type, String namespace,
                Map<String, String> labels) {
            throw new UnsupportedOperationException();
        }

        @Override
        public HasMetadata create(HasMetadata object) {
            throw new UnsupportedOperationException();
        }

        @Override
        public HasMetadata update(HasMetadata object) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean delete(HasMetadata object) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean removeFinalizers(HasMetadata object) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void everyCheckIsAnsweredAndTheTableKeepsItsOrder() throws IOException {
        AnsweringCluster cluster = new AnsweringCluster();
        try (Preflight preflight = new Preflight(cluster, ONCE)) {
            Preflight.Running running = preflight.start(config());

            assertThat(running.awaitNodes()).containsExactly("node1", "node2", "node3");
            PreflightReport report = running.awaitReport();

            assertThat(report.version()).contains("v1.31.2");
            assertThat(report.matchedNodes()).containsExactly("node1", "node2");
            assertThat(report.permissions()).extracting(PermissionRow::resource).containsExactly("namespaces", "configmaps",
                    "secrets", "services", "deployments", "daemonsets", "statefulsets", "jobs", "ingresses", "leases");
            assertThat(report.permissions()).allSatisfy(row -> assertThat(row.verbs().keySet())
                    .containsExactly("create", "get", "list", "update", "delete"));
            assertThat(report.permissions()).extracting(PermissionRow::allowed).containsExactly("yes", "yes", "no (delete)",
                    "yes", "yes", "yes", "yes", "yes", "yes", "unknown");
            assertThat(report.registry()).as("no registry configured").isEmpty();
            assertThat(cluster.reviews).hasValue(50);
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void theFirstCheckThatFailsFailsTheReportAndTheNodes() throws IOException {
        AnsweringCluster cluster = new AnsweringCluster() {
            @Override
            public Optional<String> serverVersion() {
                throw new KubernetesClientException("Forbidden", 403, null);
            }

            @Override
            public List<String> nodeNames() {
                try {
                    Thread.sleep(30_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new KubernetesClientException("interrupted");
            }
        };
        try (Preflight preflight = new Preflight(cluster, ONCE)) {
            Preflight.Running running = preflight.start(config());

            assertThatThrownBy(running::awaitReport).isInstanceOf(CcpException.class)
                    .hasMessageStartingWith("read the version of https://api.example:6443/ failed");
            assertThatThrownBy(running::awaitNodes).as("not left waiting for the nodes")
                    .hasMessageStartingWith("read the version of");
        }
    }
}
