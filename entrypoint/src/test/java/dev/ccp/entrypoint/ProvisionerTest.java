package dev.ccp.entrypoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.dsl.service.Probe;
import dev.ccp.dsl.workflow.DaemonWorkflow;
import dev.ccp.dsl.workflow.JobWorkflow;
import dev.ccp.dsl.workflow.WorkflowCommand;
import dev.ccp.dsl.workflow.WorkflowFile;
import dev.ccp.entrypoint.etcd.EtcdConnector;
import dev.ccp.entrypoint.gate.EtcdGates;
import dev.ccp.entrypoint.gate.GateKeys;
import dev.ccp.entrypoint.gate.GateProgress;
import dev.ccp.entrypoint.run.UserAccount;
import dev.ccp.entrypoint.testing.EtcFixture;
import dev.ccp.entrypoint.testing.RealEtcd;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code provision} end to end in this JVM: temp /etc/ccp, real etcd, real processes. */
class ProvisionerTest {

    @TempDir
    Path etc;
    @TempDir
    Path work;

    private RealEtcd etcd;
    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();

    @BeforeEach
    void connect() {
        etcd = RealEtcd.require();
    }

    @AfterEach
    void close() throws Exception {
        etcd.close();
    }

    private AgentEnvironment environment() {
        return AgentEnvironment.from(Map.of(
                "CCP_ETC_DIR", etc.toString(),
                "CCP_RUN_DIR", work.resolve("run").toString(),
                "CCP_NODE_NAME", "node1",
                "CCP_ETCD_ENDPOINTS", RealEtcd.ENDPOINT,
                "CCP_GATE_TIMEOUT", "20s",
                "CCP_READINESS_INTERVAL", "200ms"));
    }

    private int provision(String role) throws InterruptedException {
        AgentEnvironment environment = environment();
        AgentLog log = new AgentLog(new PrintStream(logged, true, StandardCharsets.UTF_8));
        Agent agent = Agent.load(role, environment, name -> Optional.empty(), UserAccount::lookup, false);
        return new Provisioner(environment, log, EtcdConnector::connect, UserAccount::lookup,
                Duration.ofMillis(300), Clock.systemUTC()).provision(agent);
    }

    private String key(String scope, String name, String state) {
        return "/ccp/" + etcd.namespace() + "/status/" + scope + "/" + name + "/" + state;
    }

    @Test
    void aJobRunsAfterItsDependencyWritesItsFilesAndItsReadyReleasesDependants() throws Exception {
        new EtcFixture(etc)
                .globals(Map.of("namespace", etcd.namespace(), "workdir", work.toString(), "greeting", "hi"))
                .file("config", "greeting={{ greeting }} on {{ node_name }}{{ missing }}\n")
                .workflow("db-sync", new JobWorkflow("keystone/db-sync", List.of("database/galera"),
                        new WorkflowCommand("cd {{ workdir }} && echo {{ greeting }} > out", null),
                        List.of(new WorkflowFile("config", work.resolve("etc/keystone.conf").toString(), "0600", null))));
        GateKeys keys = new GateKeys(etcd.namespace(), "node1");
        EtcdGates gates = new EtcdGates(etcd.client(), RealEtcd.RETRY);
        CompletableFuture<Void> dependant = CompletableFuture.runAsync(() -> {
            try {
                gates.await(keys.gatesFor(List.of("keystone/db-sync")), Instant.now().plusSeconds(20), GateProgress.SILENT);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        CompletableFuture<Integer> job = CompletableFuture.supplyAsync(() -> {
            try {
                return provision("db-sync");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(500);
        assertThat(job).as("waits for database/galera").isNotDone();
        assertThat(Files.exists(work.resolve("out"))).isFalse();
        etcd.put(key("global", "database/galera", "ready"));

        assertThat(job.get(20, TimeUnit.SECONDS)).isZero();
        assertThat(Files.readString(work.resolve("out"))).isEqualTo("hi\n");
        Path config = work.resolve("etc/keystone.conf");
        assertThat(Files.readString(config)).isEqualTo("greeting=hi on node1");
        assertThat(Files.getPosixFilePermissions(config)).extracting(Enum::name)
                .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
        assertThat(etcd.exists(key("global", "keystone/db-sync", "ready"))).isTrue();
        assertThat(etcd.exists(key("node1", "keystone/db-sync", "ready"))).isTrue();
        dependant.get(10, TimeUnit.SECONDS);
        assertThat(logged.toString(StandardCharsets.UTF_8)).contains("Waiting for database/galera");
    }

    @Test
    void aFailingJobExitsWithItsCodeAndPublishesNothing() throws Exception {
        new EtcFixture(etc)
                .globals(Map.of("namespace", etcd.namespace()))
                .workflow("job", new JobWorkflow("svc/job", List.of(), new WorkflowCommand("exit 3", null), List.of()));

        assertThat(provision("job")).isEqualTo(3);
        assertThat(etcd.exists(key("global", "svc/job", "ready"))).isFalse();
        assertThat(logged.toString(StandardCharsets.UTF_8)).contains("Job execution failed");
    }

    @Test
    void aDaemonPublishesDoneAndReadinessAndWithdrawsReadinessWhenItFails() throws Exception {
        Path healthy = work.resolve("healthy");
        Files.writeString(healthy, "");
        Path pidFile = work.resolve("pid");
        Path readyFile = work.resolve("run/ready/api");
        new EtcFixture(etc)
                .globals(Map.of("namespace", etcd.namespace(), "workdir", work.toString()))
                .workflow("api", new DaemonWorkflow("svc/api", List.of(),
                        List.of(new WorkflowCommand("echo pre > {{ workdir }}/pre", null)),
                        new WorkflowCommand("echo $$ > " + pidFile + "; exec sleep 60", null),
                        List.of(new WorkflowCommand("echo post > {{ workdir }}/post", null)),
                        List.of(), Optional.of(Probe.command("test -f {{ workdir }}/healthy"))));

        CompletableFuture<Integer> daemon = CompletableFuture.supplyAsync(() -> {
            try {
                return provision("api");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        awaitTrue(() -> etcd.exists(key("node1", "svc/api", "ready")) && Files.exists(readyFile));
        assertThat(etcd.exists(key("global", "svc/api", "done"))).isTrue();
        assertThat(etcd.exists(key("global", "svc/api", "ready"))).isTrue();
        assertThat(Files.readString(work.resolve("pre"))).isEqualTo("pre\n");
        assertThat(Files.readString(work.resolve("post"))).isEqualTo("post\n");

        Files.delete(healthy);
        awaitTrue(() -> !etcd.exists(key("global", "svc/api", "ready")) && !Files.exists(readyFile));
        assertThat(etcd.exists(key("node1", "svc/api", "ready"))).as("lease revoked: both keys gone").isFalse();

        Files.writeString(healthy, "");
        awaitTrue(() -> etcd.exists(key("global", "svc/api", "ready")) && Files.exists(readyFile));

        long pid = Long.parseLong(Files.readString(pidFile).strip());
        ProcessHandle.of(pid).orElseThrow().destroy();
        assertThat(daemon.get(20, TimeUnit.SECONDS)).isEqualTo(143);
        assertThat(etcd.exists(key("global", "svc/api", "ready"))).isFalse();
        assertThat(Files.exists(readyFile)).isFalse();
        assertThat(etcd.exists(key("global", "svc/api", "done"))).as("done has no TTL").isTrue();
    }

    @Test
    void aDaemonThatExitsWithinTheEarlyCheckFailsTheContainer() throws Exception {
        new EtcFixture(etc)
                .globals(Map.of("namespace", etcd.namespace()))
                .workflow("api", new DaemonWorkflow("svc/api", List.of(), List.of(),
                        new WorkflowCommand("exit 7", null), List.of(), List.of(), Optional.empty()));

        assertThat(provision("api")).isEqualTo(7);
        assertThat(logged.toString(StandardCharsets.UTF_8)).contains("Process exited with code: 7");
        assertThat(etcd.exists(key("global", "svc/api", "done"))).isFalse();
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void awaitTrue(Condition condition) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.holds()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("condition not met within 15 s");
            }
            Thread.sleep(50);
        }
    }
}
