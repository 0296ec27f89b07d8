package dev.ccp.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;
import java.util.Objects;
import java.util.Optional;

/** A successful answer of an API: status, headers and the JSON body (a missing node when empty). */
public record ApiResponse(int status, HttpHeaders headers, JsonNode body) {

    public ApiResponse {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }
}
