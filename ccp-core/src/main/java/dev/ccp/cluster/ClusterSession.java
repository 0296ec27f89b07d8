package dev.ccp.cluster;

import dev.ccp.cluster.preflight.Preflight;
import dev.ccp.dsl.config.KubernetesConfig;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Objects;
import java.util.Optional;

/**
 * The connections of one command that talks to a cluster: one Fabric8 client, shared by the
 * preflight checks and the deploy, and the preflight's registry client. Closing it stops their
 * threads, so the JVM has none left to wait for when the command ends.
 */
public final class ClusterSession implements AutoCloseable {

    private final KubernetesClient client;
    private final Cluster cluster;
    private final Preflight preflight;

    ClusterSession(KubernetesClient client, RetryPolicy retry) {
        this.client = Objects.requireNonNull(client, "client");
        this.cluster = new Fabric8Cluster(client);
        this.preflight = new Preflight(cluster, retry);
    }

    /** A session with the client {@link ClusterAccess} builds for {@code settings}. */
    public static ClusterSession open(KubernetesConfig settings) {
        return new ClusterSession(ClusterAccess.connect(settings), RetryPolicy.standard());
    }

    public Cluster cluster() {
        return cluster;
    }

    public Preflight preflight() {
        return preflight;
    }

    @Override
    public void close() {
        try {
            preflight.close();
        } finally {
            client.close();
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
