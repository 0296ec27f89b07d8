package dev.ccp.builders;

import java.io.IOException;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The real dockerd and registry the build tests use (started by {@code tools/dev-env.sh up}).
 * A missing service fails the test, never skips it (same rule as ccp-core's RequiredServices).
 */
final class RequiredBuildServices {

    static final String REGISTRY = "127.0.0.1:31500";
    static final Path DOCKER_SOCKET = Path.of("/var/run/docker.sock");
    private static final String HOW = "start it with tools/dev-env.sh up";

    private RequiredBuildServices() {
    }

    static void docker() {
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
            if (!reply.toString().endsWith("OK")) {
                throw new AssertionError("dockerd on " + DOCKER_SOCKET + " did not answer /_ping with OK: " + HOW);
            }
        } catch (IOException e) {
            throw new AssertionError("dockerd is not reachable on " + DOCKER_SOCKET + " (" + e.getMessage() + "): " + HOW, e);
        }
    }

    static void registry() {
        HttpResponse<String> response = get("http://" + REGISTRY + "/v2/");
        if (response.statusCode() != 200) {
            throw new AssertionError("no Docker registry on " + REGISTRY + " (status " + response.statusCode() + "): " + HOW);
        }
    }

    static HttpResponse<String> get(String url) {
        try {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()
                    .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("no answer on " + url + " (" + e + "): " + HOW, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
