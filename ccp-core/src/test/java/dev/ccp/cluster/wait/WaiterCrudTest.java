package dev.ccp.cluster.wait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.cluster.Fabric8Cluster;
import dev.ccp.cluster.ObjectRef;
import dev.ccp.cluster.RetryPolicy;
import dev.ccp.cluster.TestObjects;
import dev.ccp.dsl.problem.CcpException;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The waiter against the CRUD mock, with status written by the test as controllers would. */
@EnableKubernetesMockClient(crud = true)
class WaiterCrudTest {

    private static final String NS = "ccp-1";

    static KubernetesClient client;
    static KubernetesMockServer server;

    private final List<WaitProgress> seen = new ArrayList<>();
    private Instant now;

    @BeforeEach
    void setUp() {
        server.reset();
        now = Instant.parse("2026-01-01T00:00:00Z");
        client.resource(TestObjects.deployment(NS, "keystone", 1, "h")).create();
        client.resource(TestObjects.job(NS, "keystone", "keystone-db-sync", "x")).create();
    }

    private Waiter waiter(Runnable onSleep) {
        Clock clock = new Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now; }
        };
        return new Waiter(new Fabric8Cluster(client), new RetryPolicy(1, Duration.ZERO, Duration.ZERO, d -> { }), clock,
                d -> {
                    now = now.plus(d);
                    onSleep.run();
                }, Duration.ofSeconds(2));
    }

    private static final List<ObjectRef> TARGETS = List.of(new ObjectRef("Namespace", "", NS),
            new ObjectRef("Job", NS, "keystone-db-sync"), new ObjectRef("Deployment", NS, "keystone"));

    @Test
    void becomesReadyWhenTheStatusSaysSo() {
        int[] polls = {0};
        WaitProgress last = waiter(() -> {
            if (++polls[0] == 2) {
                completeJob(1, 0);
                rollOut(1);
            }
        }).await(NS, TARGETS, Duration.ofMinutes(1), seen::add);

        assertThat(last.allReady()).isTrue();
        assertThat(last.total()).isEqualTo(2);
        assertThat(seen.get(0).headline()).isEqualTo("0 of 2 ready, jobs 0 of 1 completed (0s)");
        assertThat(seen.get(0).pending()).extracting(ReadinessState::describe).containsExactly(
                "Job/keystone-db-sync: 0 of 1 completions", "Deployment/keystone: rollout not observed yet");
    }

    @Test
    void timesOutWithASummaryOfWhatIsNotReady() {
        completeJob(1, 0);

        assertThatThrownBy(() -> waiter(() -> { }).await(NS, TARGETS, Duration.ofSeconds(10), seen::add))
                .isInstanceOf(CcpException.class)
                .hasMessage("timed out after 10s waiting for ccp-1: 1 of 2 not ready: "
                        + "Deployment/keystone: rollout not observed yet");
        assertThat(seen).hasSize(6);
    }

    @Test
    void aJobFailingBeyondItsBackoffLimitEndsTheWait() {
        completeJob(0, 3);

        assertThatThrownBy(() -> waiter(() -> { }).await(NS, TARGETS, Duration.ofMinutes(1), seen::add))
                .isInstanceOf(CcpException.class)
                .hasMessage("Job/keystone-db-sync: failed 3 times (backoffLimit 2) (in ccp-1)");
        assertThat(seen.get(0).headline()).contains("1 failing");
    }

    @Test
    void plainDisplayPrintsALineOnlyWhenProgressChanges() {
        StringWriter text = new StringWriter();
        ProgressDisplay display = new ProgressDisplay(new PrintWriter(text), false);
        int[] polls = {0};
        waiter(() -> {
            if (++polls[0] == 3) {
                completeJob(1, 0);
            }
            if (polls[0] == 5) {
                rollOut(1);
            }
        }).await(NS, TARGETS, Duration.ofMinutes(1), display::show);

        assertThat(text.toString().lines()).containsExactly(
                "0 of 2 ready, jobs 0 of 1 completed; waiting: Job/keystone-db-sync: 0 of 1 completions, "
                        + "Deployment/keystone: rollout not observed yet",
                "1 of 2 ready, jobs 1 of 1 completed; waiting: Deployment/keystone: rollout not observed yet",
                "2 of 2 ready, jobs 1 of 1 completed");
    }

    @Test
    void terminalDisplayRedrawsTheBlockInPlace() {
        StringWriter text = new StringWriter();
        ProgressDisplay display = new ProgressDisplay(new PrintWriter(text), true);
        WaitProgress first = new WaitProgress(List.of(Readiness.missing(new ObjectRef("Deployment", NS, "a")),
                Readiness.missing(new ObjectRef("Deployment", NS, "b"))), Duration.ofSeconds(1));
        WaitProgress second = new WaitProgress(List.of(new ReadinessState(new ObjectRef("Deployment", NS, "a"),
                ReadinessState.Phase.READY, "1/1"), Readiness.missing(new ObjectRef("Deployment", NS, "b"))),
                Duration.ofSeconds(3));

        display.show(first);
        display.show(second);

        assertThat(text.toString()).isEqualTo("\033[2K0 of 2 ready (1s)\n\033[2K  waiting: Deployment/a: not created\n"
                + "\033[2K  waiting: Deployment/b: not created\n"
                + "\033[3F\033[2K1 of 2 ready (3s)\n\033[2K  waiting: Deployment/b: not created\n\033[2K\n\033[1F");
    }

    private void completeJob(int succeeded, int failed) {
        Job job = client.batch().v1().jobs().inNamespace(NS).withName("keystone-db-sync").get();
        job.setStatus(new JobStatusBuilder().withSucceeded(succeeded).withFailed(failed).build());
        client.resource(job).updateStatus();
    }

    private void rollOut(int replicas) {
        Deployment d = client.apps().deployments().inNamespace(NS).withName("keystone").get();
        d.setStatus(new DeploymentStatusBuilder().withObservedGeneration(d.getMetadata().getGeneration())
                .withReplicas(replicas).withUpdatedReplicas(replicas).withAvailableReplicas(replicas).build());
        client.resource(d).updateStatus();
    }
}
