package dev.ccp.entrypoint.gate;

import dev.ccp.entrypoint.etcd.EtcdRetry;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.lease.LeaseKeepAliveResponse;
import io.etcd.jetcd.support.CloseableClient;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionException;

/**
 * State keys that exist only while someone holds them: {@link #hold()} puts them under an etcd
 * lease kept alive in the background; {@link #release()} revokes the lease, so they vanish at
 * once; if the holder dies they vanish after the lease's TTL. A lease lost while held (etcd
 * restarted and the lease expired) is noticed, and the next {@link #hold()} grants a new one
 * and puts the keys again.
 */
public final class LeasedKeys implements AutoCloseable {

    private final Client client;
    private final EtcdGates gates;
    private final EtcdRetry retry;
    private final List<String> keys;
    private final Duration ttl;

    private long leaseId;
    private CloseableClient keepAlive;
    private volatile boolean lost;

    public LeasedKeys(Client client, EtcdRetry retry, List<String> keys, Duration ttl) {
        this.client = Objects.requireNonNull(client, "client");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.gates = new EtcdGates(client, retry);
        this.keys = List.copyOf(keys);
        this.ttl = Objects.requireNonNull(ttl, "ttl");
    }

    /** The keys this holds. */
    public List<String> keys() {
        return keys;
    }

    /** Whether a live lease currently backs the keys. */
    public synchronized boolean held() {
        return leaseId != 0L && !lost;
    }

    /** Makes sure the keys exist under a live lease; cheap when they already do. */
    public synchronized void hold() throws InterruptedException {
        if (held()) {
            return;
        }
        dropLease();
        long id = retry.call("grant lease", () -> client.getLeaseClient().grant(ttl.toSeconds())).getID();
        lost = false;
        leaseId = id;
        keepAlive = client.getLeaseClient().keepAlive(id, new StreamObserver<>() {
            @Override
            public void onNext(LeaseKeepAliveResponse response) {
                if (response.getTTL() <= 0) {
                    lost = true;
                }
            }

            @Override
            public void onError(Throwable error) {
                lost = true;
            }

            @Override
            public void onCompleted() {
                lost = true;
            }
        });
        for (String key : keys) {
            gates.publish(key, id);
        }
    }

    /** Revokes the lease: the keys vanish now. Nothing happens when nothing is held. */
    public synchronized void release() throws InterruptedException {
        if (leaseId == 0L) {
            return;
        }
        long id = leaseId;
        dropLease();
        retry.call("revoke lease", () -> client.getLeaseClient().revoke(id).handle((response, error) -> {
            if (error != null && !isLeaseNotFound(error)) {
                throw new CompletionException(error);
            }
            return response;
        }));
    }

    /** A lease that expired already (etcd: "requested lease not found") needs no revoking. */
    private static boolean isLeaseNotFound(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("lease not found")) {
                return true;
            }
        }
        return false;
    }

    private void dropLease() {
        if (keepAlive != null) {
            keepAlive.close();
            keepAlive = null;
        }
        leaseId = 0L;
    }

    /** Stops keeping the lease alive without revoking it (the keys expire after the TTL). */
    @Override
    public synchronized void close() {
        dropLease();
    }
}
