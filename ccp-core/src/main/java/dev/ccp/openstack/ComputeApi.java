package dev.ccp.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.StreamSupport;

/** Nova (service type {@code compute}): the servers of all projects. */
public final class ComputeApi {

    private final OpenStackSession session;
    private final URI endpoint;

    ComputeApi(OpenStackSession session, URI endpoint) {
        this.session = Objects.requireNonNull(session, "session");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    /** The API when the catalog has a compute endpoint. */
    public static Optional<ComputeApi> of(OpenStackSession session) {
        return session.endpoint("compute").map(url -> new ComputeApi(session, url));
    }

    /** Every server of every project ({@code all_tenants}), all pages. */
    public List<OpenStackResource> servers() {
        URI first = Urls.withQuery(Urls.append(endpoint, "servers"), "all_tenants=1");
        return Pages.all(session, first, body -> body.path("servers"), ComputeApi::nextMarker).stream()
                .map(server -> Pages.resource(server, "name")).toList();
    }

    /** Deletes a server; {@code false} when it was already gone. */
    public boolean deleteServer(String id) {
        return session.delete(Urls.append(endpoint, "servers", id));
    }

    /** Asks nova to delete a server now ({@code forceDelete} action). */
    public void forceDeleteServer(String id) {
        session.post(Urls.append(endpoint, "servers", id, "action"), session.newObject().putNull("forceDelete"));
    }

    private static Optional<String> nextMarker(JsonNode body) {
        return StreamSupport.stream(body.path("servers_links").spliterator(), false)
                .filter(link -> "next".equals(link.path("rel").asText()))
                .findFirst()
                .flatMap(link -> Pages.markerOf(link.path("href").asText("")));
    }
}
