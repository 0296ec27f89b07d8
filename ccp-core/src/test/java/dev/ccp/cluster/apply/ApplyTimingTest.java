package dev.ccp.cluster.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.cluster.Fabric8Cluster;
import dev.ccp.cluster.RetryPolicy;
import dev.ccp.cluster.ServerRequests;
import dev.ccp.cluster.TestObjects;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rough timing (no JMH) of a first apply and a no-op re-apply of a ~30-service environment
 * (151 objects) against the CRUD mock. Prints the figures to the test's output file
 * (target/surefire-reports/...-output.txt); asserts only the write count of the re-apply.
 */
@EnableKubernetesMockClient(crud = true)
class ApplyTimingTest {

    private static final String NS = "bench";
    private static final int SERVICES = 30;

    static KubernetesClient client;
    static KubernetesMockServer server;

    @Test
    void firstApplyAndNoOpReapplyOfThirtyServices() {
        server.reset();
        Fabric8Cluster cluster = new Fabric8Cluster(client);
        Planner planner = new Planner(cluster, RetryPolicy.standard());
        Applier applier = new Applier(cluster, RetryPolicy.standard());
        String[] apps = new String[SERVICES];
        for (int i = 0; i < SERVICES; i++) {
            apps[i] = "service-" + i;
        }
        List<HasMetadata> objects = new ArrayList<>(TestObjects.environment(NS, apps));

        long start = System.nanoTime();
        applier.apply(planner.plan(NS, objects), false);
        long first = System.nanoTime() - start;
        ServerRequests.drain(server);

        start = System.nanoTime();
        Plan plan = planner.plan(NS, objects);
        ApplyResult again = applier.apply(plan, false);
        long noOp = System.nanoTime() - start;
        List<String> requests = ServerRequests.drain(server);

        System.out.printf("objects=%d firstApplyMs=%d noOpReapplyMs=%d noOpRequests=%d%n", objects.size(),
                first / 1_000_000, noOp / 1_000_000, requests.size());
        assertThat(again.get(ChangeAction.UNCHANGED)).hasSize(objects.size());
        assertThat(requests).allMatch(r -> r.startsWith("GET "));
        assertThat(requests).hasSize(1 + 8);
    }
}
