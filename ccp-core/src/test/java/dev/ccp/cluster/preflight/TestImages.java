package dev.ccp.cluster.preflight;

import dev.ccp.testing.RequiredServices;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Puts a tiny image (an OCI manifest with an empty config and no layers) into the development
 * registry through its HTTP API: no Docker needed, a few milliseconds.
 */
public final class TestImages {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private TestImages() {
    }

    /** Uploads {@code <repository>:<tag>} to {@link RequiredServices#REGISTRY}; returns the manifest's digest. */
    public static String push(String repository, String tag) {
        RequiredServices.registry();
        String config = "{}";
        String configDigest = digest(config);
        try {
            HttpResponse<Void> started = HTTP.send(HttpRequest.newBuilder(
                    URI.create(RequiredServices.REGISTRY + "/v2/" + repository + "/blobs/uploads/"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            String location = started.headers().firstValue("Location").orElseThrow(
                    () -> new AssertionError("the registry started no upload: HTTP " + started.statusCode()));
            URI upload = URI.create(RequiredServices.REGISTRY).resolve(location);
            String separator = upload.getQuery() == null ? "?" : "&";
            expect(201, HTTP.send(HttpRequest.newBuilder(URI.create(upload + separator + "digest=" + configDigest))
                    .header("Content-Type", "application/octet-stream")
                    .PUT(HttpRequest.BodyPublishers.ofString(config)).build(), HttpResponse.BodyHandlers.ofString()));
            String manifest = "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                    + "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"" + configDigest
                    + "\",\"size\":" + config.length() + "},\"layers\":[]}";
            expect(201, HTTP.send(HttpRequest.newBuilder(URI.create(RequiredServices.REGISTRY + "/v2/" + repository
                    + "/manifests/" + tag)).header("Content-Type", "application/vnd.oci.image.manifest.v1+json")
                    .PUT(HttpRequest.BodyPublishers.ofString(manifest)).build(), HttpResponse.BodyHandlers.ofString()));
            return digest(manifest);
        } catch (IOException e) {
            throw new AssertionError("cannot upload a test image to " + RequiredServices.REGISTRY + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static void expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new AssertionError("the registry answered " + response.statusCode() + " (expected " + status + "): "
                    + response.body());
        }
    }

    private static String digest(String text) {
        try {
            return "sha256:" + HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
