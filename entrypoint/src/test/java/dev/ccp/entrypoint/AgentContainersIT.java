package dev.ccp.entrypoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.ccp.dsl.service.Probe;
import dev.ccp.dsl.workflow.DaemonWorkflow;
import dev.ccp.dsl.workflow.WorkflowCommand;
import dev.ccp.dsl.workflow.WorkflowFile;
import dev.ccp.entrypoint.testing.AgentTestImage;
import dev.ccp.entrypoint.testing.DockerCli;
import dev.ccp.entrypoint.testing.EtcFixture;
import dev.ccp.entrypoint.testing.RealEtcd;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged agent in real containers: two containers of a test image (JRE, tini, the jar and
 * the launcher where the base image puts them) on the host network, sharing the etcd of
 * {@code tools/dev-env.sh}. B's daemon depends on A; B starts first and must wait until A is ready.
 */
class AgentContainersIT {

    private static final Duration WITHIN = Duration.ofSeconds(90);
    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    @TempDir
    Path work;

    private RealEtcd etcd;
    private final List<String> containers = new ArrayList<>();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void requireServices() {
        DockerCli.require();
        etcd = RealEtcd.require();
    }

    @AfterEach
    void removeContainers() throws Exception {
        for (String container : containers) {
            DockerCli.run(Duration.ofSeconds(30), List.of("rm", "-f", container), null);
        }
        etcd.close();
    }

    private static Path jar() {
        return Path.of(System.getProperty("ccp.entrypoint.jar", "target/ccp-entrypoint.jar")).toAbsolutePath();
    }

    private static Path launcher() {
        return Path.of(System.getProperty("ccp.entrypoint.launcher", "src/main/sh/ccp-entrypoint")).toAbsolutePath();
    }

    @Test
    void theDependantsDaemonStartsOnlyAfterItsDependencyIsReady() {
        String image = AgentTestImage.ensure(jar(), launcher(), work.resolve("image"));
        Map<String, Object> globals = Map.of("namespace", etcd.namespace(),
                "etcd", Map.of("client_port", Map.of("cont", 2379), "connection_delay", 1),
                "greeting", "hello");
        // A becomes ready two seconds after its daemon starts (its readiness probe tests a file).
        new EtcFixture(work.resolve("etc-a"))
                .globals(globals)
                .meta(Map.of("host-net", true, "service-name", "svc-a"))
                .workflow("a", new DaemonWorkflow("svc-a/a", List.of(), List.of(),
                        new WorkflowCommand("echo A daemon; sleep 2; touch /tmp/a-ready; exec sleep 600", null),
                        List.of(), List.of(), Optional.of(Probe.command("test -f /tmp/a-ready"))));
        new EtcFixture(work.resolve("etc-b"))
                .globals(globals)
                .meta(Map.of("host-net", true, "service-name", "svc-b"))
                .file("b.conf", "{{ greeting }} from {{ node_name }}\n")
                .workflow("b", new DaemonWorkflow("svc-b/b", List.of("svc-a/a"), List.of(),
                        new WorkflowCommand("echo B daemon: $(cat /tmp/b.conf); exec sleep 600", null),
                        List.of(), List.of(new WorkflowFile("b.conf", "/tmp/b.conf", "0644", null)), Optional.empty()));

        String b = start(image, "b", "node2");
        String bLog = awaitLog(b, log -> log.contains("Waiting for svc-a/a"));
        assertThat(bLog).doesNotContain("B daemon");
        String a = start(image, "a", "node1");

        String aLog = awaitLog(a, log -> log.contains("Ready: "));
        bLog = awaitLog(b, log -> log.contains("B daemon: hello from node2"));
        aLog = logs(a);
        System.out.println("--- container a ---\n" + aLog + "--- container b ---\n" + bLog);

        String gateKey = "/ccp/" + etcd.namespace() + "/status/global/svc-a/a/ready";
        assertThat(aLog).contains("Running: echo A daemon", "Daemon svc-a/a started; set done", "Ready: ", gateKey);
        assertThat(bLog).contains("Waiting for svc-a/a", "Dependencies are ready after", "Running: echo B daemon");
        Instant aDaemon = timeOf(aLog, "Running: echo A daemon");
        Instant aDone = timeOf(aLog, "Daemon svc-a/a started; set done");
        Instant bWaiting = timeOf(bLog, "Waiting for svc-a/a");
        Instant bReleased = timeOf(bLog, "Dependencies are ready after");
        Instant bDaemon = timeOf(bLog, "Running: echo B daemon");
        assertThat(bWaiting).as("B waited before A's daemon ran").isBefore(aDaemon);
        assertThat(bReleased).as("released after A's done, which precedes its readiness").isAfter(aDone);
        assertThat(bDaemon).as("B's daemon at least 2 s (A's readiness delay) after A's daemon")
                .isAfterOrEqualTo(aDaemon.plusSeconds(2));
        assertThat(bDaemon).isAfterOrEqualTo(bReleased);
    }

    private String start(String image, String role, String node) {
        String name = "ccp-e2e-" + run + "-" + role;
        containers.add(name);
        DockerCli.check(Duration.ofSeconds(60), "run", "-d", "--name", name, "--network", "host",
                "-v", work.resolve("etc-" + role) + ":/etc/ccp:ro",
                "-e", "CCP_ETCD_ENDPOINTS=" + RealEtcd.ENDPOINT,
                "-e", "CCP_NODE_NAME=" + node,
                "-e", "CCP_POD_NAME=" + role + "-pod",
                "-e", "CCP_GATE_TIMEOUT=90s",
                "-e", "CCP_READINESS_INTERVAL=500ms",
                "-e", "TZ=UTC",
                image, "provision", role);
        return name;
    }

    private static String logs(String container) {
        return DockerCli.check(Duration.ofSeconds(30), "logs", container);
    }

    private static String awaitLog(String container, Predicate<String> condition) {
        Instant giveUp = Instant.now().plus(WITHIN);
        String log = "";
        while (Instant.now().isBefore(giveUp)) {
            log = logs(container);
            if (condition.test(log)) {
                return log;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return fail("container " + container + " did not log what was expected within " + WITHIN + ":\n" + log);
    }

    /** The time stamp of the first agent log line containing {@code text} (both containers log in UTC). */
    private static Instant timeOf(String log, String text) {
        return log.lines().filter(line -> line.contains(" - ccp-entrypoint - ") && line.contains(text)).findFirst()
                .map(line -> LocalDateTime.parse(line.substring(0, 23), LOG_TIME).toInstant(java.time.ZoneOffset.UTC))
                .orElseGet(() -> fail("no log line with '" + text + "' in:\n" + log));
    }
}
