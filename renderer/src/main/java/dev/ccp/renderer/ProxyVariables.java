package dev.ccp.renderer;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code HTTP_PROXY}, {@code HTTPS_PROXY} and {@code NO_PROXY} for every container, from
 * {@code configs.proxy.http}, {@code configs.proxy.https} and {@code configs.proxy.no_proxy}
 * (a string, or a list joined with commas). Keys that are not set add no variable.
 */
record ProxyVariables(Map<String, String> variables) {

    static final ProxyVariables NONE = new ProxyVariables(Map.of());

    ProxyVariables {
        variables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }

    static ProxyVariables from(Map<String, Object> configs) {
        if (!(configs.get("proxy") instanceof Map<?, ?> proxy)) {
            return NONE;
        }
        Map<String, String> variables = new LinkedHashMap<>();
        put(variables, "HTTP_PROXY", proxy.get("http"));
        put(variables, "HTTPS_PROXY", proxy.get("https"));
        put(variables, "NO_PROXY", proxy.get("no_proxy"));
        return new ProxyVariables(variables);
    }

    private static void put(Map<String, String> variables, String name, Object value) {
        String text = value instanceof Collection<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining(","))
                : value == null ? "" : String.valueOf(value);
        if (!text.isBlank()) {
            variables.put(name, text);
        }
    }
}
