package dev.ccp.cluster.lock;

import dev.ccp.cluster.Cluster;
import dev.ccp.cluster.ClusterFailure;
import dev.ccp.cluster.Pause;
import dev.ccp.dsl.problem.CcpException;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.api.model.coordination.v1.LeaseBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * The Lease {@code ccp-deploy-lock} in an environment's namespace, held for the duration of an
 * apply so two deploys of one namespace never interleave. A lease whose holder stopped renewing
 * it for longer than its duration is taken over. The namespace must exist.
 */
public final class DeployLock {

    public static final String LEASE_NAME = "ccp-deploy-lock";

    private final Cluster cluster;
    private final Clock clock;
    private final Pause pause;
    private final Duration leaseDuration;
    private final Duration pollInterval;

    public DeployLock(Cluster cluster, Clock clock, Pause pause, Duration leaseDuration, Duration pollInterval) {
        this.cluster = Objects.requireNonNull(cluster, "cluster");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pause = Objects.requireNonNull(pause, "pause");
        this.leaseDuration = Objects.requireNonNull(leaseDuration, "leaseDuration");
        this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
    }

    /**
     * Takes the lock for {@code holder} (e.g. {@code user@host pid 1234}), waiting up to
     * {@code wait} while someone else holds it; then fails naming the holder.
     */
    public HeldLock acquire(String namespace, String holder, Duration wait) {
        Instant deadline = clock.instant().plus(wait);
        while (true) {
            Optional<Lease> current = cluster.get(Lease.class, namespace, LEASE_NAME);
            try {
                if (current.isEmpty()) {
                    cluster.create(lease(namespace, holder, null));
                    return new HeldLock(this, namespace, holder);
                }
                Lease lease = current.get();
                if (isFree(lease, holder)) {
                    cluster.update(lease(namespace, holder, lease.getMetadata().getResourceVersion()));
                    return new HeldLock(this, namespace, holder);
                }
                if (!clock.instant().isBefore(deadline)) {
                    throw new CcpException("namespace " + namespace + " is locked by another deploy: " + describe(lease)
                            + " (Lease " + LEASE_NAME + "). Wait for it to finish, or delete the Lease if that run is gone");
                }
            } catch (KubernetesClientException e) {
                if (!ClusterFailure.isTransient(e)) {
                    throw new CcpException("taking Lease " + LEASE_NAME + " in " + namespace + " failed: "
                            + ClusterFailure.reason(e), e);
                }
                if (!clock.instant().isBefore(deadline)) {
                    throw new CcpException("taking Lease " + LEASE_NAME + " in " + namespace + " failed: "
                            + ClusterFailure.reason(e), e);
                }
            }
            pause.sleep(pollInterval);
        }
    }

    /** Extends the lease of {@code holder}; false when someone else took it meanwhile. */
    boolean renew(String namespace, String holder) {
        Optional<Lease> current = cluster.get(Lease.class, namespace, LEASE_NAME);
        if (current.isEmpty() || !holder.equals(current.get().getSpec().getHolderIdentity())) {
            return false;
        }
        Lease lease = current.get();
        lease.getSpec().setRenewTime(now());
        cluster.update(lease);
        return true;
    }

    /** Releases the lease if {@code holder} still holds it. */
    void release(String namespace, String holder) {
        cluster.get(Lease.class, namespace, LEASE_NAME)
                .filter(l -> holder.equals(l.getSpec().getHolderIdentity()))
                .ifPresent(cluster::delete);
    }

    private boolean isFree(Lease lease, String holder) {
        String current = lease.getSpec() == null ? null : lease.getSpec().getHolderIdentity();
        if (current == null || current.isEmpty() || current.equals(holder)) {
            return true;
        }
        Optional<Instant> renewed = renewTime(lease);
        int seconds = lease.getSpec().getLeaseDurationSeconds() == null ? (int) leaseDuration.toSeconds()
                : lease.getSpec().getLeaseDurationSeconds();
        return renewed.isPresent() && renewed.get().plusSeconds(seconds).isBefore(clock.instant());
    }

    private String describe(Lease lease) {
        String since = lease.getSpec().getAcquireTime() == null ? ""
                : " since " + lease.getSpec().getAcquireTime().toInstant();
        return lease.getSpec().getHolderIdentity() + since;
    }

    private Lease lease(String namespace, String holder, String resourceVersion) {
        ZonedDateTime now = now();
        return new LeaseBuilder().withNewMetadata().withName(LEASE_NAME).withNamespace(namespace)
                .withResourceVersion(resourceVersion).endMetadata()
                .withNewSpec().withHolderIdentity(holder).withLeaseDurationSeconds((int) leaseDuration.toSeconds())
                .withAcquireTime(now).withRenewTime(now).endSpec().build();
    }

    private static Optional<Instant> renewTime(Lease lease) {
        ZonedDateTime renew = lease.getSpec().getRenewTime() != null ? lease.getSpec().getRenewTime()
                : lease.getSpec().getAcquireTime();
        return Optional.ofNullable(renew).map(ZonedDateTime::toInstant);
    }

    private ZonedDateTime now() {
        return clock.instant().atZone(ZoneOffset.UTC);
    }

    /** The lease this process holds; closing releases it. */
    public static final class HeldLock implements AutoCloseable {

        private final DeployLock lock;
        private final String namespace;
        private final String holder;

        private HeldLock(DeployLock lock, String namespace, String holder) {
            this.lock = lock;
            this.namespace = namespace;
            this.holder = holder;
        }

        public String holder() {
            return holder;
        }

        /** Call during long runs (more often than the lease duration); false when the lock was lost. */
        public boolean renew() {
            return lock.renew(namespace, holder);
        }

        @Override
        public void close() {
            lock.release(namespace, holder);
        }
    }
}
