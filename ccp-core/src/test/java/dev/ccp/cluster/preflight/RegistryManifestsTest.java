package dev.ccp.cluster.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.ccp.dsl.config.RegistryConfig;
import dev.ccp.dsl.config.Secret;
import dev.ccp.testing.RequiredServices;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistryManifestsTest {

    private static final String ADDRESS = RequiredServices.REGISTRY_ADDRESS;

    @Test
    void theRealRegistrySaysWhichImagesItHoldsByTagAndByDigest() {
        String repository = "ccp-preflight-" + UUID.randomUUID().toString().substring(0, 8);
        String digest = TestImages.push(repository + "/keystone", "v1");
        String present = ADDRESS + "/" + repository + "/keystone:v1";
        String byDigest = ADDRESS + "/" + repository + "/keystone@" + digest;
        String otherTag = ADDRESS + "/" + repository + "/keystone:v2";
        String otherImage = ADDRESS + "/" + repository + "/nova-api:v1";

        List<ImageAnswer> answers = manifests(RequiredServices.REGISTRY, ADDRESS, "", "")
                .check(List.of(present, byDigest, otherTag, otherImage, "docker.io/library/debian:bookworm"));

        assertThat(answers).extracting(ImageAnswer::reference)
                .as("only references of the configured registry are asked about, in their order")
                .containsExactly(present, byDigest, otherTag, otherImage);
        assertThat(answers).extracting(ImageAnswer::status).containsExactly("yes", "yes", "MISSING", "MISSING");
    }

    @Test
    void credentialsAreSentAsBasicAuthenticationAndAnyOtherAnswerIsUnknown() throws IOException {
        List<String> seen = new ArrayList<>();
        String expected = "Basic " + Base64.getEncoder().encodeToString("ccp:s3cret".getBytes(StandardCharsets.UTF_8));
        HttpServer registry = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        registry.createContext("/v2/", exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            synchronized (seen) {
                seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            }
            int status = !expected.equals(authorization) ? 401
                    : exchange.getRequestURI().getPath().contains("/broken/") ? 500
                    : exchange.getRequestURI().getPath().equals("/v2/ccp/keystone/manifests/1.0") ? 200 : 404;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        registry.start();
        try {
            String base = "http://127.0.0.1:" + registry.getAddress().getPort();
            String address = "registry.example:5000";
            List<String> references = List.of(address + "/ccp/keystone:1.0", address + "/ccp/glance:1.0",
                    address + "/ccp/broken:1.0");

            assertThat(manifests(base, address, "ccp", "s3cret").check(references)).extracting(ImageAnswer::status)
                    .containsExactly("yes", "MISSING", "unknown (HTTP 500)");
            assertThat(manifests(base, address, "ccp", "wrong").check(references)).extracting(ImageAnswer::status)
                    .containsOnly("unknown (HTTP 401)");
            assertThat(seen).contains("HEAD /v2/ccp/keystone/manifests/1.0", "HEAD /v2/ccp/glance/manifests/1.0");
        } finally {
            registry.stop(0);
        }
    }

    @Test
    void aRegistryThatDoesNotAnswerLeavesEveryImageUnknown() throws IOException {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        List<ImageAnswer> answers = manifests("http://127.0.0.1:" + closedPort, ADDRESS, "", "")
                .check(List.of(ADDRESS + "/ccp/keystone:latest"));

        assertThat(answers).singleElement().satisfies(answer -> {
            assertThat(answer.unknown()).isTrue();
            assertThat(answer.detail()).contains("ConnectException");
        });
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "127.0.0.1:31500/ccp/keystone:latest,           ccp/keystone/manifests/latest",
            "127.0.0.1:31500/ccp/keystone,                  ccp/keystone/manifests/latest",
            "127.0.0.1:31500/a/b/c:1.2.3,                   a/b/c/manifests/1.2.3",
            "127.0.0.1:31500/ccp/keystone@sha256:0123abcd,  ccp/keystone/manifests/sha256:0123abcd",
            "127.0.0.1:31501/ccp/keystone:latest,           ''",
            "ccp/keystone:latest,                           ''",
    })
    void theManifestPathOfAReference(String reference, String path) {
        assertThat(RegistryManifests.manifestPath(reference, "127.0.0.1:31500"))
                .isEqualTo(path.isEmpty() ? Optional.empty() : Optional.of(path));
    }

    private static RegistryManifests manifests(String base, String address, String user, String password) {
        return new RegistryManifests(HttpClient.newHttpClient(), base,
                new RegistryConfig(address, true, user, Secret.of(password), 10));
    }
}
