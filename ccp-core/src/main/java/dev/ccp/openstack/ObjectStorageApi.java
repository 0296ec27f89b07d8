package dev.ccp.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Swift (service type {@code object-store}): the containers and objects of the account the
 * catalog names (the project of the session).
 */
public final class ObjectStorageApi {

    private final OpenStackSession session;
    private final URI account;

    ObjectStorageApi(OpenStackSession session, URI account) {
        this.session = Objects.requireNonNull(session, "session");
        this.account = Objects.requireNonNull(account, "account");
    }

    /** The API when the catalog has an object-store endpoint. */
    public static Optional<ObjectStorageApi> of(OpenStackSession session) {
        return session.endpoint("object-store").map(url -> new ObjectStorageApi(session, url));
    }

    /** The names of the account's containers, all pages. */
    public List<String> containers() {
        return names(Urls.withQuery(account, "format=json"));
    }

    /** The names of a container's objects, all pages. */
    public List<String> objects(String container) {
        return names(Urls.withQuery(Urls.append(account, container), "format=json"));
    }

    public boolean deleteObject(String container, String object) {
        return session.delete(Urls.append(account, container, object));
    }

    /** Deletes an empty container. */
    public boolean deleteContainer(String container) {
        return session.delete(Urls.append(account, container));
    }

    /** A listing page is a JSON array; the next page starts after the last name; an empty page ends it. */
    private List<String> names(URI first) {
        return Pages.all(session, first, body -> body, ObjectStorageApi::lastName).stream()
                .map(item -> item.path("name").asText()).toList();
    }

    private static Optional<String> lastName(JsonNode page) {
        return page.isArray() && page.size() > 0 ? Optional.of(page.get(page.size() - 1).path("name").asText())
                : Optional.empty();
    }
}
