package dev.ccp.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The service catalog of a keystone v3 token: which URL serves which service type. */
public record ServiceCatalog(List<Endpoint> endpoints) {

    /** One endpoint of the catalog. */
    public record Endpoint(String serviceType, String interfaceName, String region, URI url) {

        public Endpoint {
            Objects.requireNonNull(serviceType, "serviceType");
            Objects.requireNonNull(interfaceName, "interfaceName");
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(url, "url");
        }
    }

    public ServiceCatalog {
        endpoints = List.copyOf(endpoints);
    }

    /**
     * The catalog of a token body ({@code token.catalog}); endpoints whose URL is not a URL are
     * left out.
     */
    public static ServiceCatalog fromToken(JsonNode token) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (JsonNode service : token.path("catalog")) {
            String type = service.path("type").asText("");
            for (JsonNode endpoint : service.path("endpoints")) {
                String region = endpoint.hasNonNull("region_id") ? endpoint.path("region_id").asText()
                        : endpoint.path("region").asText("");
                parse(endpoint.path("url").asText("")).ifPresent(url ->
                        endpoints.add(new Endpoint(type, endpoint.path("interface").asText(""), region, url)));
            }
        }
        return new ServiceCatalog(endpoints);
    }

    /**
     * The URL of the first endpoint of {@code serviceType} on {@code interfaceName}, in
     * {@code region} when one is given.
     */
    public Optional<URI> url(String serviceType, String interfaceName, Optional<String> region) {
        return endpoints.stream()
                .filter(e -> e.serviceType().equals(serviceType) && e.interfaceName().equals(interfaceName))
                .filter(e -> region.map(e.region()::equals).orElse(true))
                .map(Endpoint::url)
                .findFirst();
    }

    private static Optional<URI> parse(String url) {
        try {
            URI uri = new URI(url);
            return uri.getScheme() != null && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
