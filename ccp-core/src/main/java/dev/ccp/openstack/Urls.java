package dev.ccp.openstack;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Builds API URLs from an endpoint: appends percent-encoded path segments and a query. */
final class Urls {

    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    private Urls() {
    }

    /** {@code base} with each segment appended as one encoded path segment. */
    static URI append(URI base, String... segments) {
        StringBuilder url = new StringBuilder(withoutTrailingSlash(base.toString()));
        for (String segment : segments) {
            url.append('/').append(encode(segment));
        }
        return URI.create(url.toString());
    }

    /** {@code uri} with {@code query} (already encoded) added to its query. */
    static URI withQuery(URI uri, String query) {
        String text = uri.toString();
        return URI.create(text + (uri.getRawQuery() == null ? "?" : "&") + query);
    }

    /** {@code uri} with the last path segment {@code version} when it does not end with one already. */
    static URI versioned(URI endpoint, String version) {
        String path = withoutTrailingSlash(endpoint.getRawPath() == null ? "" : endpoint.getRawPath());
        return path.endsWith("/" + version) ? URI.create(withoutTrailingSlash(endpoint.toString()))
                : append(endpoint, version);
    }

    static String encode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (UNRESERVED.indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return encoded.toString();
    }

    private static String withoutTrailingSlash(String text) {
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
