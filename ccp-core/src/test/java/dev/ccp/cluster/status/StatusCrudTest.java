package dev.ccp.cluster.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.cluster.Fabric8Cluster;
import dev.ccp.cluster.RetryPolicy;
import dev.ccp.cluster.TestObjects;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableKubernetesMockClient(crud = true)
class StatusCrudTest {

    private static final String NS = "ccp-1";
    private static final LinkSettings NODE_PORTS = new LinkSettings(false, 8443, "10.0.0.5");

    static KubernetesClient client;
    static KubernetesMockServer server;

    private StatusCollector collector;

    @BeforeEach
    void setUp() {
        server.reset();
        collector = new StatusCollector(new Fabric8Cluster(client), new RetryPolicy(1, Duration.ZERO, Duration.ZERO, d -> { }));
    }

    @Test
    void nothingDeployedIsNotDeployed() {
        StatusReport report = collector.collect(NS, List.of(), NODE_PORTS);

        assertThat(report.rows()).isEmpty();
        assertThat(report.shortStatus()).isEqualTo("not deployed");
    }

    @Test
    void rowsPerAppWithPodsJobsReadinessAndNodePortLinks() {
        for (HasMetadata o : TestObjects.environment(NS, "keystone", "glance")) {
            client.resource(o).create();
        }
        rollOut("keystone", 1);
        completeJob("keystone-db-sync");
        client.services().inNamespace(NS).withName("keystone").edit(s -> {
            s.getSpec().getPorts().get(0).setNodePort(30500);
            return s;
        });

        StatusReport report = collector.collect(NS, List.of(), NODE_PORTS);

        assertThat(report.rows()).extracting(StatusRow::service, StatusRow::pod, StatusRow::job, StatusRow::ready,
                StatusRow::links).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("glance", "0/1", "0/1", "wip", List.of()),
                        org.assertj.core.groups.Tuple.tuple("keystone", "1/1", "1/1", "ok", List.of("http://10.0.0.5:30500")));
        assertThat(report.shortStatus()).isEqualTo("wip");
        assertThat(collector.collect(NS, List.of("keystone"), NODE_PORTS).shortStatus()).isEqualTo("ok");
        assertThat(StatusFormat.TABLE.render(report, false, false)).isEqualTo("""
                +----------+-----+-----+-------+-----------------------+
                | service  | pod | job | ready | links                 |
                +----------+-----+-----+-------+-----------------------+
                | glance   | 0/1 | 0/1 | wip   |                       |
                | keystone | 1/1 | 1/1 | ok    | http://10.0.0.5:30500 |
                +----------+-----+-----+-------+-----------------------+
                """);
        assertThat(StatusFormat.TABLE.render(report, true, true)).contains("| \033[93mwip\033[39m    |");
    }

    @Test
    void ingressLinksWhenIngressIsEnabled() {
        client.resource(TestObjects.ingress(NS, "keystone", "identity.ccp.external")).create();

        StatusReport report = collector.collect(NS, List.of(), new LinkSettings(true, 8443, ""));

        assertThat(report.rows()).singleElement().extracting(StatusRow::links)
                .isEqualTo(List.of("https://identity.ccp.external:8443"));
    }

    private void rollOut(String name, int replicas) {
        Deployment d = client.apps().deployments().inNamespace(NS).withName(name).get();
        d.setStatus(new DeploymentStatusBuilder().withObservedGeneration(d.getMetadata().getGeneration())
                .withReplicas(replicas).withUpdatedReplicas(replicas).withAvailableReplicas(replicas).build());
        client.resource(d).updateStatus();
    }

    private void completeJob(String name) {
        Job job = client.batch().v1().jobs().inNamespace(NS).withName(name).get();
        job.setStatus(new JobStatusBuilder().withSucceeded(1).build());
        client.resource(job).updateStatus();
    }

}
