package dev.ccp.cluster.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.cluster.Fabric8Cluster;
import dev.ccp.cluster.ObjectRef;
import dev.ccp.cluster.RetryPolicy;
import dev.ccp.cluster.TestObjects;
import dev.ccp.dsl.problem.CcpException;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Protocol faults (500, 409) from the mock in expectation mode; Fabric8's own retries are off. */
@EnableKubernetesMockClient
class ApplyRetryTest {

    private static final String NS = "ccp-1";
    private static final String PATH = "/api/v1/namespaces/ccp-1/configmaps";

    static KubernetesClient client;
    static KubernetesMockServer server;

    private final List<Duration> pauses = new ArrayList<>();
    private KubernetesClient noRetries;
    private Applier applier;

    @BeforeEach
    void setUp() {
        server.reset();
        Config config = new ConfigBuilder(client.getConfiguration()).withRequestRetryBackoffLimit(0).build();
        noRetries = new KubernetesClientBuilder().withConfig(config).build();
        applier = new Applier(new Fabric8Cluster(noRetries),
                new RetryPolicy(4, Duration.ofMillis(100), Duration.ofMillis(250), pauses::add));
    }

    @AfterEach
    void tearDown() {
        noRetries.close();
    }

    private static Plan createPlan(ConfigMap desired) {
        return new Plan(NS, List.of(new PlannedChange(ChangeAction.CREATE, ObjectRef.of(desired), List.of(),
                Optional.of(desired), Optional.empty())), List.of());
    }

    @Test
    void a500IsRetriedWithGrowingPauses() {
        ConfigMap desired = TestObjects.configMap(NS, "keystone", "keystone-files", Map.of("a", "1"));
        server.expect().post().withPath(PATH).andReturn(500, failure(500, "etcdserver: leader changed")).times(2);
        server.expect().get().withPath(PATH + "/keystone-files").andReturn(404, failure(404, "not found")).always();
        server.expect().post().withPath(PATH).andReturn(201, desired).once();

        ApplyResult result = applier.apply(createPlan(desired), false);

        assertThat(result.get(ChangeAction.CREATE)).containsExactly(ObjectRef.of(desired));
        assertThat(pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void a409OnCreateRereadsAndUpdatesWithTheLiveVersion() throws InterruptedException {
        ConfigMap desired = TestObjects.configMap(NS, "keystone", "keystone-files", Map.of("a", "2"));
        ConfigMap live = TestObjects.configMap(NS, "keystone", "keystone-files", Map.of("a", "1"));
        live.getMetadata().setResourceVersion("41");
        server.expect().post().withPath(PATH).andReturn(409, failure(409, "configmaps \"keystone-files\" already exists")).once();
        server.expect().get().withPath(PATH + "/keystone-files").andReturn(200, live).once();
        server.expect().put().withPath(PATH + "/keystone-files").andReturn(200, desired).once();

        ApplyResult result = applier.apply(createPlan(desired), false);

        assertThat(result.get(ChangeAction.UPDATE)).containsExactly(ObjectRef.of(desired));
        assertThat(server.getLastRequest().getUtf8Body()).contains("\"resourceVersion\":\"41\"").contains("\"a\":\"2\"");
    }

    @Test
    void aPersistent500BecomesAnApplyErrorWithTheServersReason() {
        ConfigMap desired = TestObjects.configMap(NS, "keystone", "keystone-files", Map.of("a", "1"));
        server.expect().post().withPath(PATH).andReturn(500, failure(500, "etcdserver: request timed out")).always();
        server.expect().get().withPath(PATH + "/keystone-files").andReturn(404, failure(404, "not found")).always();

        assertThatThrownBy(() -> applier.apply(createPlan(desired), false))
                .isInstanceOf(CcpException.class)
                .hasMessage("apply ConfigMap/keystone-files in ccp-1 failed: etcdserver: request timed out (HTTP 500)"
                        + " (after 4 attempts)");
        assertThat(pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(250));
    }

    @Test
    void aRejectedObjectIsNotRetried() {
        ConfigMap desired = TestObjects.configMap(NS, "keystone", "keystone-files", Map.of("a", "1"));
        server.expect().post().withPath(PATH).andReturn(422, failure(422, "ConfigMap \"keystone-files\" is invalid")).always();

        assertThatThrownBy(() -> applier.apply(createPlan(desired), false))
                .hasMessage("apply ConfigMap/keystone-files in ccp-1 failed: ConfigMap \"keystone-files\" is invalid (HTTP 422)");
        assertThat(pauses).isEmpty();
    }

    private static io.fabric8.kubernetes.api.model.Status failure(int code, String message) {
        return new StatusBuilder().withStatus("Failure").withCode(code).withMessage(message).build();
    }
}
