package dev.ccp.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a listing that comes in pages chained by a marker (the id or name of the last item of
 * the page before), as nova, glance and swift page theirs.
 */
final class Pages {

    private Pages() {
    }

    /**
     * Every item of the listing at {@code first}.
     *
     * @param items      the items of one page's body
     * @param nextMarker the marker of the next page named in a page's body, if any
     */
    static List<JsonNode> all(OpenStackSession session, URI first, Function<JsonNode, Iterable<JsonNode>> items,
            Function<JsonNode, Optional<String>> nextMarker) {
        List<JsonNode> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        URI page = first;
        while (true) {
            JsonNode body = session.get(page);
            items.apply(body).forEach(all::add);
            Optional<String> marker = nextMarker.apply(body);
            if (marker.isEmpty() || !seen.add(marker.get())) {
                return all;
            }
            page = Urls.withQuery(first, "marker=" + Urls.encode(marker.get()));
        }
    }

    /** The {@code marker} query parameter of a link, decoded. */
    static Optional<String> markerOf(String link) {
        int query = link.indexOf('?');
        if (query < 0) {
            return Optional.empty();
        }
        for (String parameter : link.substring(query + 1).split("&")) {
            if (parameter.startsWith("marker=")) {
                return Optional.of(java.net.URLDecoder.decode(parameter.substring("marker=".length()), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    static OpenStackResource resource(JsonNode item, String nameField) {
        return new OpenStackResource(item.path("id").asText(), item.path(nameField).asText(""));
    }
}
