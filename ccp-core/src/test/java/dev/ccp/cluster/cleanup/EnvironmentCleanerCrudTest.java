package dev.ccp.cluster.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.cluster.FakeTime;
import dev.ccp.cluster.Fabric8Cluster;
import dev.ccp.cluster.RetryPolicy;
import dev.ccp.cluster.TestObjects;
import dev.ccp.dsl.problem.CcpException;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableKubernetesMockClient(crud = true)
class EnvironmentCleanerCrudTest {

    static KubernetesClient client;
    static KubernetesMockServer server;

    private FakeTime time;
    private EnvironmentCleaner cleaner;

    @BeforeEach
    void setUp() {
        server.reset();
        time = new FakeTime();
        cleaner = new EnvironmentCleaner(new Fabric8Cluster(client), new RetryPolicy(1, Duration.ZERO, Duration.ZERO, d -> { }),
                time, time.pause(), Duration.ofSeconds(3));
        for (String ns : List.of("ccp-1", "ccp-2")) {
            for (HasMetadata o : TestObjects.environment(ns, "keystone", "glance")) {
                client.resource(o).create();
            }
        }
    }

    @Test
    void deletesTheEnvironmentsLabelledObjectsAndNamespaceOnly() {
        ConfigMap foreign = TestObjects.configMap("ccp-1", "x", "not-ours", Map.of());
        foreign.getMetadata().setLabels(Map.of("owner", "someone-else"));
        client.resource(foreign).create();

        CleanupResult result = cleaner.cleanup("ccp-1", Duration.ofSeconds(30), false);

        assertThat(result.namespaceFound()).isTrue();
        assertThat(result.deleted()).hasSize(10);
        assertThat(client.namespaces().withName("ccp-1").get()).isNull();
        assertThat(client.apps().deployments().inNamespace("ccp-1").list().getItems()).isEmpty();
        assertThat(client.configMaps().inNamespace("ccp-1").list().getItems()).extracting(c -> c.getMetadata().getName())
                .containsExactly("not-ours");
        assertThat(client.apps().deployments().inNamespace("ccp-2").list().getItems()).hasSize(2);
        assertThat(client.namespaces().withName("ccp-2").get()).isNotNull();
    }

    @Test
    void anObjectStuckOnAFinalizerFailsTheCleanupWithoutForce() {
        addFinalizer();

        assertThatThrownBy(() -> cleaner.cleanup("ccp-1", Duration.ofSeconds(9), false))
                .isInstanceOf(CcpException.class)
                .hasMessage("Wasn't able to delete namespace ccp-1 within 9s; still there: "
                        + "ConfigMap/keystone-files (finalizers [example.com/hold]). Run again with --force to remove their finalizers");
    }

    @Test
    void forceRemovesTheFinalizersOfWhatIsStuckAfterTheDeadline() {
        addFinalizer();

        CleanupResult result = cleaner.cleanup("ccp-1", Duration.ofSeconds(9), true);

        assertThat(result.forced()).extracting(Object::toString).containsExactly("ConfigMap/keystone-files");
        assertThat(client.configMaps().inNamespace("ccp-1").withName("keystone-files").get()).isNull();
    }

    @Test
    void aMissingNamespaceIsReportedAndNothingFails() {
        CleanupResult result = cleaner.cleanup("ccp-9", Duration.ofSeconds(9), false);

        assertThat(result.namespaceFound()).isFalse();
        assertThat(result.deleted()).isEmpty();
    }

    private void addFinalizer() {
        client.configMaps().inNamespace("ccp-1").withName("keystone-files").edit(c -> {
            c.getMetadata().setFinalizers(List.of("example.com/hold"));
            return c;
        });
    }
}
