package dev.ccp.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ccp.dsl.config.Secret;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A keystone token with its catalog: finds a service's endpoint and makes authenticated JSON
 * calls to it. The token prints as {@code ***}.
 */
public final class OpenStackSession {

    private final OpenStackHttp http;
    private final Secret token;
    private final ServiceCatalog catalog;
    private final String interfaceName;
    private final Optional<String> region;

    public OpenStackSession(OpenStackHttp http, Secret token, ServiceCatalog catalog, String interfaceName,
            Optional<String> region) {
        this.http = Objects.requireNonNull(http, "http");
        this.token = Objects.requireNonNull(token, "token");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.interfaceName = Objects.requireNonNull(interfaceName, "interfaceName");
        this.region = Objects.requireNonNull(region, "region");
    }

    /** The endpoint of a service type ({@code compute}, {@code network}, ...), if the catalog has it. */
    public Optional<URI> endpoint(String serviceType) {
        return catalog.url(serviceType, interfaceName, region);
    }

    public ObjectNode newObject() {
        return http.json().createObjectNode();
    }

    public JsonNode get(URI uri) {
        return http.send("GET", uri, Optional.empty(), Optional.of(token)).body();
    }

    public JsonNode post(URI uri, JsonNode body) {
        return http.send("POST", uri, Optional.of(body), Optional.of(token)).body();
    }

    public JsonNode put(URI uri, JsonNode body) {
        return http.send("PUT", uri, Optional.of(body), Optional.of(token)).body();
    }

    /** Deletes what {@code uri} names; {@code false} when it was already gone (404). */
    public boolean delete(URI uri) {
        try {
            http.send("DELETE", uri, Optional.empty(), Optional.of(token));
            return true;
        } catch (OpenStackApiException e) {
            if (e.status() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public String toString() {
        return "OpenStackSession[token=" + token + ", interface=" + interfaceName + ", region=" + region + "]";
    }
}
