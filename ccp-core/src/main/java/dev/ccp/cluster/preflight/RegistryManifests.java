package dev.ccp.cluster.preflight;

import dev.ccp.cluster.BoundedParallel;
import dev.ccp.dsl.config.RegistryConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Asks a Docker registry (HTTP API v2) whether it holds image references: one
 * {@code HEAD /v2/<name>/manifests/<tag or digest>} each, a few at a time, with basic
 * authentication when {@code registry.username} is set and {@code registry.timeout} per request.
 * 200 is present, 404 missing, anything else unknown.
 */
public final class RegistryManifests {

    private static final int CONCURRENT_REQUESTS = 8;
    /** Single-platform manifests and multi-platform indexes, Docker's and OCI's. */
    private static final String MANIFEST_TYPES = String.join(",",
            "application/vnd.docker.distribution.manifest.v2+json",
            "application/vnd.docker.distribution.manifest.list.v2+json",
            "application/vnd.oci.image.manifest.v1+json",
            "application/vnd.oci.image.index.v1+json");

    private final HttpClient http;
    private final String base;
    private final String address;
    private final Optional<String> authorization;
    private final Duration timeout;

    /**
     * @param base     where the registry answered, scheme included ({@code http://127.0.0.1:31500})
     * @param registry the {@code registry} section: address, credentials, timeout
     */
    public RegistryManifests(HttpClient http, String base, RegistryConfig registry) {
        this.http = Objects.requireNonNull(http, "http");
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.address = registry.address();
        this.authorization = registry.hasCredentials()
                ? Optional.of("Basic " + Base64.getEncoder().encodeToString(
                        (registry.username() + ":" + registry.password().reveal()).getBytes(StandardCharsets.UTF_8)))
                : Optional.empty();
        this.timeout = Duration.ofSeconds(Math.max(1, registry.timeoutSeconds()));
    }

    /** The answers for the {@code references} of this registry, in their order; others are left out. */
    public List<ImageAnswer> check(List<String> references) {
        List<String> ours = references.stream().filter(r -> manifestPath(r, address).isPresent()).toList();
        return BoundedParallel.map(ours, CONCURRENT_REQUESTS, "ccp-registry", this::ask);
    }

    private ImageAnswer ask(String reference) {
        String url = base + "/v2/" + manifestPath(reference, address).orElseThrow();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Accept", MANIFEST_TYPES).method("HEAD", HttpRequest.BodyPublishers.noBody());
        authorization.ifPresent(value -> request.header("Authorization", value));
        try {
            int code = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            Optional<Boolean> present = code == 200 ? Optional.of(true) : code == 404 ? Optional.of(false) : Optional.empty();
            return new ImageAnswer(reference, present, "HTTP " + code);
        } catch (IOException | IllegalArgumentException e) {
            return new ImageAnswer(reference, Optional.empty(),
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ImageAnswer(reference, Optional.empty(), "interrupted");
        }
    }

    /**
     * {@code <name>/manifests/<tag or digest>} of a reference on registry {@code address}
     * ({@code 127.0.0.1:31500/ccp/keystone:latest} gives {@code ccp/keystone/manifests/latest},
     * no tag means {@code latest}); empty for a reference on another registry.
     */
    static Optional<String> manifestPath(String reference, String address) {
        String prefix = address + "/";
        if (address.isEmpty() || !reference.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = reference.substring(prefix.length());
        int at = rest.indexOf('@');
        if (at >= 0) {
            return Optional.of(rest.substring(0, at) + "/manifests/" + rest.substring(at + 1));
        }
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            return Optional.of(rest.substring(0, colon) + "/manifests/" + rest.substring(colon + 1));
        }
        return Optional.of(rest + "/manifests/latest");
    }
}
