package dev.ccp.builders.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link RemoteImages} over the Docker Registry HTTP API v2: the tag's manifest names its
 * config blob, whose {@code config.Labels} hold the labels. Plain HTTP when the registry is
 * {@code insecure} or on a loopback address (as dockerd itself allows), HTTPS otherwise; basic
 * auth when credentials are given.
 */
public final class RegistryHttpApi implements RemoteImages {

    private static final String MANIFEST_TYPES = "application/vnd.docker.distribution.manifest.v2+json,"
            + "application/vnd.oci.image.manifest.v1+json";

    private final boolean insecure;
    private final Optional<RegistryCredentials> credentials;
    private final Duration timeout;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    public RegistryHttpApi(boolean insecure, Optional<RegistryCredentials> credentials, Duration timeout) {
        this.insecure = insecure;
        this.credentials = credentials;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Override
    public Optional<Map<String, String>> labels(String registry, String path, String tag) {
        String base = (insecure || isLoopback(registry) ? "http://" : "https://") + registry + "/v2/" + path;
        try {
            Optional<JsonNode> manifest = getJson(base + "/manifests/" + tag, MANIFEST_TYPES);
            Optional<String> configDigest = manifest.map(m -> m.path("config").path("digest").asText(""))
                    .filter(digest -> !digest.isEmpty());
            if (configDigest.isEmpty()) {
                return Optional.empty();
            }
            Optional<JsonNode> config = getJson(base + "/blobs/" + configDigest.get(), "*/*");
            if (config.isEmpty()) {
                return Optional.empty();
            }
            Map<String, String> labels = new LinkedHashMap<>();
            config.get().path("config").path("Labels").fields()
                    .forEachRemaining(entry -> labels.put(entry.getKey(), entry.getValue().asText()));
            return Optional.of(labels);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private Optional<JsonNode> getJson(String url, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Accept", accept).GET();
        credentials.ifPresent(login -> request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (login.username() + ":" + login.password().reveal()).getBytes(StandardCharsets.UTF_8))));
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            return Optional.empty();
        }
        return Optional.of(json.readTree(response.body()));
    }

    private static boolean isLoopback(String registry) {
        String host = registry.replaceFirst(":[0-9]+$", "");
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
    }
}
