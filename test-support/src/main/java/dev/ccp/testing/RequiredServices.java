package dev.ccp.testing;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The real services integration tests use, started by {@code tools/dev-env.sh up}. Each check
 * fails the test (never skips it) with a message naming the service and how to start it.
 */
public final class RequiredServices {

    public static final String ETCD = "http://127.0.0.1:2379";
    public static final String REGISTRY = "http://127.0.0.1:31500";
    /** The registry's address as image references and configs write it. */
    public static final String REGISTRY_ADDRESS = "127.0.0.1:31500";
    public static final Path DOCKER_SOCKET = Path.of("/var/run/docker.sock");
    private static final String HOW = "start it with tools/dev-env.sh up (tools/test.sh does that for the whole suite)";

    private RequiredServices() {
    }

    /** etcd's /health says true. Returns the body of /version. */
    public static String etcd() {
        String health = get(ETCD + "/health", "etcd");
        if (!health.contains("\"health\":\"true\"")) {
            throw new AssertionError("etcd on " + ETCD + " is not healthy (" + health.trim() + "): " + HOW);
        }
        return get(ETCD + "/version", "etcd");
    }

    /** The registry answers the Docker Registry HTTP API v2. Returns the API version header. */
    public static String registry() {
        HttpResponse<String> response = request(REGISTRY + "/v2/", "the Docker registry");
        String api = response.headers().firstValue("Docker-Distribution-Api-Version").orElse("");
        if (response.statusCode() != 200 || !api.startsWith("registry/2")) {
            throw new AssertionError("no Docker registry (API v2) on " + REGISTRY + " (status " + response.statusCode()
                    + "): " + HOW);
        }
        return api;
    }

    /** dockerd answers {@code /_ping} on its Unix socket. Returns the API version it reports. */
    public static String docker() {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(DOCKER_SOCKET));
            channel.write(ByteBuffer.wrap("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer buffer = ByteBuffer.allocate(4096);
            StringBuilder reply = new StringBuilder();
            while (channel.read(buffer) > 0) {
                buffer.flip();
                reply.append(StandardCharsets.US_ASCII.decode(buffer));
                buffer.clear();
            }
            String text = reply.toString();
            if (!text.startsWith("HTTP/1.0 200") && !text.startsWith("HTTP/1.1 200") || !text.endsWith("OK")) {
                throw new AssertionError("dockerd on " + DOCKER_SOCKET + " did not answer /_ping with OK: " + HOW);
            }
            return text.lines().filter(l -> l.toLowerCase().startsWith("api-version:"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("");
        } catch (IOException e) {
            throw new AssertionError("dockerd is not reachable on " + DOCKER_SOCKET + " (" + e.getMessage() + "): " + HOW, e);
        }
    }

    private static String get(String url, String service) {
        HttpResponse<String> response = request(url, service);
        if (response.statusCode() != 200) {
            throw new AssertionError(service + " answered " + response.statusCode() + " on " + url + ": " + HOW);
        }
        return response.body();
    }

    /** A GET on {@code url}; no answer fails the test with how to start the services. */
    public static HttpResponse<String> get(String url) {
        return request(url, url);
    }

    private static HttpResponse<String> request(String url, String service) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(service + " does not answer on " + url + " (" + e + "): " + HOW, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while checking " + service, e);
        }
    }
}
