package dev.ccp.entrypoint.etcd;

import dev.ccp.dsl.problem.CcpException;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.ClientBuilder;
import java.nio.file.Files;
import java.time.Duration;
import javax.net.ssl.SSLException;

/**
 * Builds the jetcd client. The client reconnects by itself (gRPC); a watch resumes from its
 * last revision after etcd comes back, so waiting continues across an etcd restart.
 */
public final class EtcdConnector {

    private EtcdConnector() {
    }

    /** A client for {@code settings}; no request is sent yet. */
    public static Client connect(EtcdSettings settings) {
        ClientBuilder builder = Client.builder()
                .endpoints(settings.endpoints().toArray(java.net.URI[]::new))
                .connectTimeout(Duration.ofSeconds(2))
                .keepaliveTime(Duration.ofSeconds(10))
                .keepaliveTimeout(Duration.ofSeconds(5))
                .retryMaxDuration(Duration.ofSeconds(5));
        if (settings.caFile().isPresent()) {
            var ca = settings.caFile().get();
            if (!Files.isReadable(ca)) {
                throw new CcpException("etcd TLS is enabled but the CA file " + ca + " cannot be read");
            }
            try {
                builder.sslContext(ssl -> ssl.trustManager(ca.toFile()));
            } catch (SSLException e) {
                throw new CcpException("etcd TLS: cannot use CA " + ca + ": " + e.getMessage(), e);
            }
        }
        return builder.build();
    }
}
