package dev.ccp.cluster.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.cluster.Fabric8Cluster;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The training stand-in through the Fabric8 client ccp uses: it keeps what is written and answers reads from it. */
class TrainingClusterTest {

    private TrainingCluster server;
    private KubernetesClient client;
    private Fabric8Cluster cluster;

    @BeforeEach
    void start() throws Exception {
        server = TrainingCluster.start(List.of("node2", "node1"));
        client = new KubernetesClientBuilder().withConfig(new ConfigBuilder().withMasterUrl(server.url())
                .withNamespace("ccp").withRequestRetryBackoffLimit(0).build()).build();
        cluster = new Fabric8Cluster(client);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static ConfigMap configMap(String name, String environment, String value) {
        return new ConfigMapBuilder().withNewMetadata().withName(name).withNamespace("ccp")
                .addToLabels("ccp-environment", environment).endMetadata().addToData("key", value).build();
    }

    @Test
    void answersVersionNodesAndEveryAccessReviewAsAllowed() {
        assertThat(cluster.serverVersion()).contains("v1.32.0");
        assertThat(cluster.nodeNames()).containsExactly("node1", "node2");
        assertThat(cluster.accessAllowed("create", "apps", "deployments", "ccp")).contains(true);
        assertThat(cluster.accessAllowed("delete", "", "namespaces", null)).contains(true);
    }

    @Test
    void keepsCreatedObjectsPerNamespaceAndListsThemBySelector() {
        cluster.create(new NamespaceBuilder().withNewMetadata().withName("ccp").endMetadata().build());
        cluster.create(configMap("a", "ccp", "1"));
        cluster.create(configMap("b", "other", "2"));

        assertThat(cluster.get(Namespace.class, null, "ccp")).isPresent();
        assertThat(cluster.get(ConfigMap.class, "ccp", "a")).get().extracting(c -> c.getData().get("key")).isEqualTo("1");
        assertThat(cluster.get(ConfigMap.class, "elsewhere", "a")).isEmpty();
        assertThat(cluster.list(ConfigMap.class, "ccp", Map.of("ccp-environment", "ccp")))
                .extracting(c -> c.getMetadata().getName()).containsExactly("a");
        assertThat(cluster.list(ConfigMap.class, null, Map.of())).hasSize(2);
        assertThat(cluster.list(Deployment.class, "ccp", Map.of())).isEmpty();
    }

    @Test
    void listsAsSentHaveTheirKindAndApiVersionFilledIn() {
        cluster.create(configMap("a", "ccp", "1"));
        cluster.create(configMap("b", "other", "2"));

        List<GenericKubernetesResource> sent = cluster.listAsSent(ConfigMap.class, "ccp", Map.of("ccp-environment", "ccp"));

        assertThat(sent).singleElement().satisfies(item -> {
            assertThat(item.getKind()).isEqualTo("ConfigMap");
            assertThat(item.getApiVersion()).isEqualTo("v1");
            assertThat(item.getMetadata().getName()).isEqualTo("a");
            assertThat(item.getAdditionalProperties()).containsEntry("data", Map.of("key", "1"));
        });
        assertThat(cluster.listAsSent(Deployment.class, null, Map.of())).isEmpty();
        assertThat(cluster.listAsSent(ConfigMap.class, null, Map.of())).extracting(GenericKubernetesResource::getKind)
                .containsExactly("ConfigMap", "ConfigMap");
    }

    @Test
    void replacesWithANewResourceVersionAndDeletes() {
        ConfigMap created = (ConfigMap) cluster.create(configMap("a", "ccp", "1"));
        ConfigMap changed = configMap("a", "ccp", "2");
        changed.getMetadata().setResourceVersion(created.getMetadata().getResourceVersion());

        ConfigMap replaced = (ConfigMap) cluster.update(changed);

        assertThat(replaced.getMetadata().getResourceVersion()).isNotEqualTo(created.getMetadata().getResourceVersion());
        assertThat(cluster.get(ConfigMap.class, "ccp", "a")).get().extracting(c -> c.getData().get("key")).isEqualTo("2");
        assertThat(cluster.delete(replaced)).isTrue();
        assertThat(cluster.get(ConfigMap.class, "ccp", "a")).isEmpty();
        assertThat(cluster.delete(replaced)).as("already gone").isFalse();
    }

    @Test
    void refusesASecondObjectOfTheSameName() {
        cluster.create(configMap("a", "ccp", "1"));

        assertThatThrownBy(() -> cluster.create(configMap("a", "ccp", "2")))
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(409));
    }

    @Test
    void theRegistryHoldsEveryImage() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://" + server.registryAddress() + "/v2/";

        int root = http.send(HttpRequest.newBuilder(URI.create(base)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
        int manifest = http.send(HttpRequest.newBuilder(URI.create(base + "ccp/keystone/manifests/latest"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();

        assertThat(root).isEqualTo(200);
        assertThat(manifest).isEqualTo(200);
    }
}
