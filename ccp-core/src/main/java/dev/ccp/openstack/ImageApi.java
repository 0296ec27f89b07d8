package dev.ccp.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Glance v2 (service type {@code image}): images. */
public final class ImageApi {

    private final OpenStackSession session;
    private final URI v2;

    ImageApi(OpenStackSession session, URI endpoint) {
        this.session = Objects.requireNonNull(session, "session");
        this.v2 = Urls.versioned(endpoint, "v2");
    }

    /** The API when the catalog has an image endpoint. */
    public static Optional<ImageApi> of(OpenStackSession session) {
        return session.endpoint("image").map(url -> new ImageApi(session, url));
    }

    /** Every image the user sees, all pages. */
    public List<OpenStackResource> images() {
        return Pages.all(session, Urls.append(v2, "images"), body -> body.path("images"), ImageApi::nextMarker).stream()
                .map(image -> Pages.resource(image, "name")).toList();
    }

    /** Deletes an image; {@code false} when it was already gone. */
    public boolean deleteImage(String id) {
        return session.delete(Urls.append(v2, "images", id));
    }

    private static Optional<String> nextMarker(JsonNode body) {
        return body.path("next").isTextual() ? Pages.markerOf(body.path("next").asText()) : Optional.empty();
    }
}
