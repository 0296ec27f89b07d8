package dev.ccp.cluster;

import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientImpl;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * Fabric8's JDK HTTP client factory, whose clients, when closed, also close the JDK's
 * {@link HttpClient} under them (JDK 21 and newer; older ones cannot be closed). Fabric8 only
 * stops the client's executor: the JDK client's selector thread would stay in native code, and
 * the JVM waits for such threads for a while before it exits.
 * <p>
 * One factory per Kubernetes client: closing any client of the factory closes every JDK client
 * it built (Fabric8's derived clients share their parent's anyway).
 */
final class ClosingJdkHttpClientFactory extends JdkHttpClientFactory {

    private final List<HttpClient> built = new CopyOnWriteArrayList<>();

    @Override
    protected HttpClient.Builder createNewHttpClientBuilder() {
        return new RecordingBuilder(super.createNewHttpClientBuilder(), built);
    }

    @Override
    protected void closeHttpClient(JdkHttpClientImpl client) {
        super.closeHttpClient(client);
        built.forEach(ClosingJdkHttpClientFactory::close);
        built.clear();
    }

    /** The JDK clients this factory built that its clients have not closed yet. */
    List<HttpClient> openClients() {
        return List.copyOf(built);
    }

    /** Closes {@code client} where the JDK can (21 and newer: {@code HttpClient} is {@link AutoCloseable}). */
    static void close(HttpClient client) {
        if (client instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // nothing left to do: the client is done with either way
            }
        }
    }

    /** A JDK client builder that remembers the clients it builds. */
    private static final class RecordingBuilder implements HttpClient.Builder {

        private final HttpClient.Builder builder;
        private final List<HttpClient> built;

        RecordingBuilder(HttpClient.Builder builder, List<HttpClient> built) {
            this.builder = builder;
            this.built = built;
        }

        @Override
        public HttpClient.Builder cookieHandler(CookieHandler cookieHandler) {
            builder.cookieHandler(cookieHandler);
            return this;
        }

        @Override
        public HttpClient.Builder connectTimeout(Duration duration) {
            builder.connectTimeout(duration);
            return this;
        }

        @Override
        public HttpClient.Builder sslContext(SSLContext sslContext) {
            builder.sslContext(sslContext);
            return this;
        }

        @Override
        public HttpClient.Builder sslParameters(SSLParameters sslParameters) {
            builder.sslParameters(sslParameters);
            return this;
        }

        @Override
        public HttpClient.Builder executor(Executor executor) {
            builder.executor(executor);
            return this;
        }

        @Override
        public HttpClient.Builder followRedirects(HttpClient.Redirect policy) {
            builder.followRedirects(policy);
            return this;
        }

        @Override
        public HttpClient.Builder version(HttpClient.Version version) {
            builder.version(version);
            return this;
        }

        @Override
        public HttpClient.Builder priority(int priority) {
            builder.priority(priority);
            return this;
        }

        @Override
        public HttpClient.Builder proxy(ProxySelector proxySelector) {
            builder.proxy(proxySelector);
            return this;
        }

        @Override
        public HttpClient.Builder authenticator(Authenticator authenticator) {
            builder.authenticator(authenticator);
            return this;
        }

        @Override
        public HttpClient build() {
            HttpClient client = builder.build();
            built.add(client);
            return client;
        }
    }
}
