package dev.ccp.entrypoint.readiness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * An httpGet readiness check (REFERENCE 8.4): GET {@code <scheme>://<private address>:<port><path>};
 * any status below 400 is ready. Certificates are not verified, as in the original.
 */
public final class HttpGetReadinessCheck implements ReadinessCheck {

    private final URI uri;
    private final Duration timeout;
    private final HttpClient client;

    public HttpGetReadinessCheck(URI uri, Duration timeout) {
        this.uri = Objects.requireNonNull(uri, "uri");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        SSLParameters parameters = new SSLParameters();
        parameters.setEndpointIdentificationAlgorithm(null);
        this.client = HttpClient.newBuilder().connectTimeout(timeout).sslContext(trustingEverything())
                .sslParameters(parameters).build();
    }

    /** {@code <scheme or http>://<address>:<port><path or />}. */
    public static URI uri(String scheme, String address, int port, String path) {
        String prefix = scheme == null ? "http" : scheme.toLowerCase(java.util.Locale.ROOT);
        String suffix = path == null || path.isEmpty() ? "/" : path.startsWith("/") ? path : "/" + path;
        return URI.create(prefix + "://" + address + ":" + port + suffix);
    }

    public URI uri() {
        return uri;
    }

    @Override
    public Result check() {
        try {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() < 400) {
                return Result.ready("GET " + uri + " answered " + response.statusCode());
            }
            return Result.notReady("GET " + uri + " answered " + response.statusCode());
        } catch (IOException e) {
            return Result.notReady("GET " + uri + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Result.notReady("interrupted");
        }
    }

    private static SSLContext trustingEverything() {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no TLS support in this JVM", e);
        }
    }
}
