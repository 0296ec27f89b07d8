package dev.ccp.cluster.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.cluster.FakeTime;
import dev.ccp.cluster.Fabric8Cluster;
import dev.ccp.cluster.TestObjects;
import dev.ccp.dsl.problem.CcpException;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableKubernetesMockClient(crud = true)
class DeployLockCrudTest {

    private static final String NS = "ccp-1";

    static KubernetesClient client;
    static KubernetesMockServer server;

    private FakeTime time;
    private DeployLock lock;

    @BeforeEach
    void setUp() {
        server.reset();
        client.resource(TestObjects.namespace(NS)).create();
        time = new FakeTime();
        lock = new DeployLock(new Fabric8Cluster(client), time, time.pause(), Duration.ofMinutes(10), Duration.ofSeconds(2));
    }

    private Lease lease() {
        return client.leases().inNamespace(NS).withName(DeployLock.LEASE_NAME).get();
    }

    @Test
    void theLeaseNamesTheHolderWhileHeldAndIsGoneAfterwards() {
        try (DeployLock.HeldLock held = lock.acquire(NS, "alice@host1 pid 1", Duration.ZERO)) {
            assertThat(lease().getSpec().getHolderIdentity()).isEqualTo("alice@host1 pid 1");
            assertThat(lease().getSpec().getLeaseDurationSeconds()).isEqualTo(600);
            assertThat(held.renew()).isTrue();
        }
        assertThat(lease()).isNull();
    }

    @Test
    void aSecondApplierWaitsUntilTheDeadlineAndFailsNamingTheHolder() {
        DeployLock.HeldLock first = lock.acquire(NS, "alice@host1 pid 1", Duration.ZERO);

        assertThatThrownBy(() -> lock.acquire(NS, "bob@host2 pid 2", Duration.ofSeconds(30)))
                .isInstanceOf(CcpException.class)
                .hasMessageStartingWith("namespace ccp-1 is locked by another deploy: alice@host1 pid 1 since 2026-01-01T00:00:00Z");
        assertThat(lease().getSpec().getHolderIdentity()).isEqualTo("alice@host1 pid 1");
        first.close();
    }

    @Test
    void aSecondApplierGetsTheLockWhenTheFirstReleasesIt() {
        DeployLock.HeldLock first = lock.acquire(NS, "alice", Duration.ZERO);
        int[] polls = {0};
        time.onPause(() -> {
            if (++polls[0] == 3) {
                first.close();
            }
        });

        DeployLock.HeldLock second = lock.acquire(NS, "bob", Duration.ofMinutes(1));

        assertThat(lease().getSpec().getHolderIdentity()).isEqualTo("bob");
        assertThat(polls[0]).isEqualTo(3);
        assertThat(first.renew()).isFalse();
        second.close();
    }

    @Test
    void anExpiredLeaseIsTakenOver() {
        lock.acquire(NS, "crashed run", Duration.ZERO);
        time.advance(Duration.ofMinutes(11));

        lock.acquire(NS, "bob", Duration.ZERO);

        assertThat(lease().getSpec().getHolderIdentity()).isEqualTo("bob");
    }
}
