package dev.ccp.entrypoint.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.entrypoint.testing.RealEtcd;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EtcdGatesTest {

    private RealEtcd etcd;
    private EtcdGates gates;
    private GateKeys keys;

    @BeforeEach
    void connect() {
        etcd = RealEtcd.require();
        gates = new EtcdGates(etcd.client(), RealEtcd.RETRY);
        keys = new GateKeys(etcd.namespace(), "node1");
    }

    @AfterEach
    void close() throws Exception {
        etcd.close();
    }

    private Instant in(Duration duration) {
        return Instant.now().plus(duration);
    }

    @Test
    void aGateOpensAsSoonAsItsKeyIsPut() throws Exception {
        Gate gate = keys.gateFor("keystone/keystone");
        CompletableFuture<Long> openedAt = CompletableFuture.supplyAsync(() -> {
            try {
                gates.await(List.of(gate), in(Duration.ofSeconds(20)), GateProgress.SILENT);
                return System.nanoTime();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(500);
        assertThat(openedAt).isNotDone();

        long putAt = System.nanoTime();
        gates.publish(gate.key());

        long latencyMillis = TimeUnit.NANOSECONDS.toMillis(openedAt.get(10, TimeUnit.SECONDS) - putAt);
        assertThat(latencyMillis).as("release latency (the original polled every 5 s)").isLessThan(1000);
    }

    @Test
    void aKeyThatIsAlreadySetOpensAtOnce() throws Exception {
        Gate gate = keys.gateFor("memcached/memcached");
        etcd.put(gate.key());

        gates.await(List.of(gate), in(Duration.ofSeconds(5)), GateProgress.SILENT);
    }

    @Test
    void aChainReleasesInOrder() throws Exception {
        ConcurrentLinkedQueue<String> order = new ConcurrentLinkedQueue<>();
        CompletableFuture<Void> b = follower("svc/a", "svc/b", order);
        CompletableFuture<Void> c = follower("svc/b", "svc/c", order);
        Thread.sleep(300);
        assertThat(order).isEmpty();

        gates.publish(keys.global("svc/a", GateKeys.State.READY));

        CompletableFuture.allOf(b, c).get(10, TimeUnit.SECONDS);
        assertThat(order).containsExactly("svc/b", "svc/c");
        assertThat(etcd.exists(keys.global("svc/c", GateKeys.State.READY))).isTrue();
    }

    /** Waits for {@code dependency}, then records and publishes {@code name} (as a job would). */
    private CompletableFuture<Void> follower(String dependency, String name, ConcurrentLinkedQueue<String> order) {
        return CompletableFuture.runAsync(() -> {
            try {
                gates.await(keys.gatesFor(List.of(dependency)), in(Duration.ofSeconds(20)), GateProgress.SILENT);
                order.add(name);
                for (String key : keys.published(name, GateKeys.State.READY)) {
                    gates.publish(key);
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aLocalDependencyWaitsForThisNodesKey() throws Exception {
        Gate local = keys.gateFor("nova-libvirt/nova-libvirt:local");
        CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
            try {
                gates.await(List.of(local), in(Duration.ofSeconds(20)), GateProgress.SILENT);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        etcd.put("/ccp/" + etcd.namespace() + "/status/global/nova-libvirt/nova-libvirt/ready");
        etcd.put("/ccp/" + etcd.namespace() + "/status/node2/nova-libvirt/nova-libvirt/ready");
        Thread.sleep(300);
        assertThat(waiting).isNotDone();

        etcd.put("/ccp/" + etcd.namespace() + "/status/node1/nova-libvirt/nova-libvirt/ready");

        waiting.get(10, TimeUnit.SECONDS);
    }

    @Test
    void theDeadlineNamesTheKeyStillMissing() throws Exception {
        Gate present = keys.gateFor("rpc/rabbitmq");
        Gate missing = keys.gateFor("database/galera");
        etcd.put(present.key());

        assertThatThrownBy(() -> gates.await(List.of(present, missing), in(Duration.ofMillis(400)), GateProgress.SILENT))
                .isInstanceOf(GateTimeoutException.class)
                .hasMessageContaining("waiting for database/galera")
                .hasMessageContaining("key /ccp/" + etcd.namespace() + "/status/global/database/galera/ready is not set")
                .hasMessageContaining("last seen: never present")
                .hasMessageNotContaining("rabbitmq");
    }

    @Test
    void progressNamesWhatIsStillAwaitedAndWhatWasLastSeen() throws Exception {
        EtcdGates reporting = new EtcdGates(etcd.client(), RealEtcd.RETRY, Clock.systemUTC(), Duration.ofMillis(150));
        Gate gate = keys.gateFor("keystone/keystone");
        List<List<GateStatus>> reports = new CopyOnWriteArrayList<>();
        etcd.put(gate.key());
        etcd.client().getKVClient().delete(EtcdGates.bytes(gate.key())).get(5, TimeUnit.SECONDS);

        CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
            try {
                reporting.await(List.of(gate), in(Duration.ofSeconds(20)), (elapsed, closed) -> reports.add(closed));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(500);
        etcd.put(gate.key());
        waiting.get(10, TimeUnit.SECONDS);

        assertThat(reports).isNotEmpty();
        assertThat(reports.get(0)).extracting(GateStatus::gate).containsExactly(gate);
        assertThat(reports.get(0).get(0).lastSeen()).isEqualTo("never present");
    }
}
