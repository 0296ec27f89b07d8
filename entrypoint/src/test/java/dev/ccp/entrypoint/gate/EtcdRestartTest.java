package dev.ccp.entrypoint.gate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.entrypoint.AgentLog;
import dev.ccp.entrypoint.etcd.EtcdConnector;
import dev.ccp.entrypoint.etcd.EtcdRetry;
import dev.ccp.entrypoint.etcd.EtcdSettings;
import dev.ccp.entrypoint.readiness.ReadinessCheck;
import dev.ccp.entrypoint.readiness.ReadinessMonitor;
import dev.ccp.entrypoint.testing.PrivateEtcd;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent against an etcd that restarts under it (a private etcd: the shared one is never
 * stopped). The agent's own client settings are used, as in a container.
 */
class EtcdRestartTest {

    /** Shorter pauses than the default 5 s, the same number of attempts. */
    private static final EtcdRetry RETRY = new EtcdRetry(20, Duration.ofMillis(500), Duration.ofSeconds(5));
    private static final Duration DOWN_FOR = Duration.ofSeconds(2);

    @TempDir
    Path work;

    private PrivateEtcd etcd;
    private Client agentClient;
    private final GateKeys keys = new GateKeys("restart", "node1");

    @BeforeEach
    void startEtcd() {
        etcd = PrivateEtcd.startIn(work);
        agentClient = EtcdConnector.connect(new EtcdSettings(List.of(URI.create(etcd.endpoint())), Optional.empty(), RETRY));
    }

    @AfterEach
    void stopEtcd() throws Exception {
        agentClient.close();
        etcd.close();
    }

    private void restartEtcd() throws InterruptedException {
        etcd.stop();
        Thread.sleep(DOWN_FOR.toMillis());
        etcd.start();
    }

    @Test
    void aWaiterKeepsWaitingAcrossARestartAndIsReleasedAfter() throws Exception {
        EtcdGates gates = new EtcdGates(agentClient, RETRY);
        Gate gate = keys.gateFor("keystone/keystone");
        CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
            try {
                gates.await(List.of(gate), Instant.now().plus(Duration.ofMinutes(2)), GateProgress.SILENT);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(500);
        assertThat(waiting).as("armed before the restart").isNotDone();

        restartEtcd();
        assertThat(waiting).as("etcd was down, nothing was put").isNotDone();
        try (Client other = Client.builder().endpoints(etcd.endpoint()).build()) {
            other.getKVClient().put(bytes(gate.key()), bytes("1")).get(10, TimeUnit.SECONDS);
        }

        waiting.get(60, TimeUnit.SECONDS);
    }

    @Test
    void heldReadyKeysOutliveARestartByMoreThanTheirTtl() throws Exception {
        Duration ttl = Duration.ofSeconds(3);
        String key = keys.global("memcached", GateKeys.State.READY);
        LeasedKeys held = new LeasedKeys(agentClient, RETRY, List.of(key), ttl);
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        try (ReadinessMonitor monitor = new ReadinessMonitor(() -> ReadinessCheck.Result.ready("always"), held,
                work.resolve("run/ready/memcached"), Duration.ofMillis(500),
                new AgentLog(new PrintStream(logged, true, StandardCharsets.UTF_8)))) {
            monitor.start();
            assertThat(eventually(Duration.ofSeconds(10), () -> exists(key))).as("published before the restart").isTrue();

            restartEtcd();

            assertThat(eventually(Duration.ofSeconds(10), () -> exists(key))).as("back after the restart").isTrue();
            Thread.sleep(ttl.multipliedBy(3).toMillis());
            assertThat(exists(key)).as("still there three TTLs after the restart: the lease is kept alive").isTrue();
            assertThat(held.held()).isTrue();
        }
        assertThat(exists(key)).as("released when the monitor closes").isFalse();
    }

    @Test
    void aLeaseLostWhileHeldIsGrantedAgainAndTheKeysPutBack() throws Exception {
        String key = keys.global("rabbitmq", GateKeys.State.READY);
        LeasedKeys held = new LeasedKeys(agentClient, RETRY, List.of(key), Duration.ofSeconds(3));
        try (ReadinessMonitor monitor = new ReadinessMonitor(() -> ReadinessCheck.Result.ready("always"), held,
                work.resolve("run/ready/rabbitmq"), Duration.ofMillis(500),
                new AgentLog(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))) {
            monitor.start();
            assertThat(eventually(Duration.ofSeconds(10), () -> exists(key))).isTrue();
            try (Client other = Client.builder().endpoints(etcd.endpoint()).build()) {
                long lease = other.getKVClient().get(bytes(key)).get(5, TimeUnit.SECONDS).getKvs().get(0).getLease();
                other.getLeaseClient().revoke(lease).get(5, TimeUnit.SECONDS);
            }
            assertThat(exists(key)).as("the revoke removed it").isFalse();

            assertThat(eventually(Duration.ofSeconds(10), () -> exists(key))).as("put back under a new lease").isTrue();
        }
    }

    private boolean exists(String key) {
        try (Client other = Client.builder().endpoints(etcd.endpoint()).build()) {
            return other.getKVClient().get(bytes(key)).get(5, TimeUnit.SECONDS).getCount() > 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean eventually(Duration within, BooleanSupplier condition) throws InterruptedException {
        Instant giveUp = Instant.now().plus(within);
        while (Instant.now().isBefore(giveUp)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(200);
        }
        return condition.getAsBoolean();
    }

    private static ByteSequence bytes(String text) {
        return ByteSequence.from(text, StandardCharsets.UTF_8);
    }
}
