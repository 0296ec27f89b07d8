package dev.ccp.cluster;

import dev.ccp.cluster.preflight.Preflight;
import dev.ccp.dsl.config.KubernetesConfig;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The connections of one command that talks to a cluster: one Fabric8 client, shared by the
 * preflight checks and the deploy, and the preflight's registry client. The Fabric8 client is
 * built on a thread of its own (reading the kubeconfig and setting up TLS take a while), so the
 * command goes on meanwhile; the first cluster call waits for it, and a failure to build it is
 * what every cluster call throws. Closing the session stops the clients' threads, so the JVM
 * has none left to wait for when the command ends.
 */
public final class ClusterSession implements AutoCloseable {

    private final CompletableFuture<KubernetesClient> client;
    private final Cluster cluster;
    private final Preflight preflight;

    ClusterSession(CompletableFuture<KubernetesClient> client, RetryPolicy retry) {
        this.client = Objects.requireNonNull(client, "client");
        this.cluster = new Fabric8Cluster(() -> BoundedParallel.join(client));
        this.preflight = new Preflight(cluster, retry);
    }

    /** A session with the client {@link ClusterAccess} builds for {@code settings}, started on a daemon thread. */
    public static ClusterSession open(KubernetesConfig settings) {
        CompletableFuture<KubernetesClient> client = new CompletableFuture<>();
        Thread connecting = new Thread(() -> {
            try {
                client.complete(ClusterAccess.connect(settings));
            } catch (RuntimeException | Error e) {
                client.completeExceptionally(e);
            }
        }, "ccp-connect");
        connecting.setDaemon(true);
        connecting.start();
        return new ClusterSession(client, RetryPolicy.standard());
    }

    public Cluster cluster() {
        return cluster;
    }

    public Preflight preflight() {
        return preflight;
    }

    /** Closes the registry client and, once built, the Fabric8 client (a failed build leaves nothing to close). */
    @Override
    public void close() {
        try {
            preflight.close();
        } finally {
            KubernetesClient built = client.handle((done, failure) -> done).join();
            if (built != null) {
                built.close();
            }
        }
    }

    /**
     * The span of a command that may open a session once it knows its settings (after reading
     * its configuration): the session it opened, if any, is closed with the scope.
     */
    public static final class Scope implements AutoCloseable {

        private Optional<ClusterSession> opened = Optional.empty();

        /** Opens the session of this scope; a scope opens one at most. */
        public ClusterSession open(KubernetesConfig settings) {
            if (opened.isPresent()) {
                throw new IllegalStateException("this scope has opened its session already");
            }
            ClusterSession session = ClusterSession.open(settings);
            opened = Optional.of(session);
            return session;
        }

        @Override
        public void close() {
            opened.ifPresent(ClusterSession::close);
        }
    }
}
