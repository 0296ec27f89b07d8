package dev.ccp.deploy;

import static dev.ccp.cluster.TestObjects.environment;
import static dev.ccp.cluster.TestObjects.ingress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.cluster.Fabric8Cluster;
import dev.ccp.cluster.RetryPolicy;
import dev.ccp.cluster.ServerRequests;
import dev.ccp.cluster.apply.ChangeAction;
import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The collision check of a deploy against the CRUD mock: an Ingress host another ccp environment
 * already routes is refused before any write, naming both environments, the object and the key to
 * change; a host of its own, or one held by the same environment, is not a collision.
 */
@EnableKubernetesMockClient(crud = true)
class ClusterDeploymentCollisionCrudTest {

    static KubernetesClient client;
    static KubernetesMockServer server;

    private ClusterDeployment deployment;

    @BeforeEach
    void setUp() {
        server.reset();
        deployment = new ClusterDeployment(new Fabric8Cluster(client),
                new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(2), d -> { }));
        List<HasMetadata> first = withIngress("ccp-1", "identity.external");
        deployment.apply("ccp-1", first, false, "test", plan -> { });
        ServerRequests.drain(server);
    }

    @Test
    void anIngressHostOfAnotherEnvironmentIsRefusedBeforeAnyWrite() {
        List<HasMetadata> second = withIngress("ccp-2", "identity.external");

        assertThatThrownBy(() -> deployment.apply("ccp-2", second, false, "test", plan -> { }))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.summary()).contains("environment ccp-2 collides", "nothing was written");
                    assertThat(e.problems()).extracting(Problem::format).containsExactly(
                            "configs.ingress.domain: Ingress host identity.external: Ingress/keystone of environment ccp-2"
                                    + " and Ingress/keystone of environment ccp-1; give environment ccp-2 another"
                                    + " configs.ingress.domain");
                });
        assertThat(ServerRequests.writes(server)).as("refused before any write").isEmpty();
        assertThat(client.namespaces().withName("ccp-2").get()).isNull();
    }

    @Test
    void anotherHostIsNoCollisionAndAnEnvironmentNeverCollidesWithItself() {
        assertThat(deployment.collisions("ccp-2", withIngress("ccp-2", "identity.other"))).isEmpty();
        assertThat(deployment.collisions("ccp-1", withIngress("ccp-1", "identity.external"))).isEmpty();

        var result = deployment.apply("ccp-2", withIngress("ccp-2", "identity.other"), false, "test", plan -> { });
        assertThat(result.get(ChangeAction.CREATE)).isNotEmpty();
        assertThat(client.network().v1().ingresses().inNamespace("ccp-2").withName("keystone").get()).isNotNull();
    }

    private static List<HasMetadata> withIngress(String namespace, String host) {
        List<HasMetadata> objects = new ArrayList<>(environment(namespace, "keystone"));
        objects.add(ingress(namespace, "keystone", host));
        return objects;
    }
}
