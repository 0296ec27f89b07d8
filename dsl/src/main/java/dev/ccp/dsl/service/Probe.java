package dev.ccp.dsl.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A readiness or liveness probe of a container.
 *
 * @param type         {@link ProbeType#COMMAND} for the bare-string form, else exec or httpGet
 * @param command      the command (command and exec probes), else null
 * @param port         the port (httpGet), else null
 * @param path         the URL path (httpGet), else null
 * @param scheme       {@code http} or {@code https} as written (httpGet), null when not given
 * @param initialDelay seconds before the first check, null when not given
 * @param timeout      seconds per check, null when not given
 */
public record Probe(ProbeType type, String command, Integer port, String path, String scheme,
        Integer initialDelay, Integer timeout) {

    public Probe {
        Objects.requireNonNull(type, "type");
    }

    /** The bare-string form ({@code readiness: "check.sh"}). */
    public static Probe command(String command) {
        return new Probe(ProbeType.COMMAND, Objects.requireNonNull(command, "command"), null, null, null, null, null);
    }

    /**
     * The probe as the definition wrote it: the command string for the bare-string form, else a
     * mapping with only the keys that were given (the workflow's {@code readiness} carries this).
     */
    public Object toDslValue() {
        if (type == ProbeType.COMMAND) {
            return command;
        }
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", type.dslName());
        putIfPresent(value, "command", command);
        putIfPresent(value, "port", port);
        putIfPresent(value, "path", path);
        putIfPresent(value, "scheme", scheme);
        putIfPresent(value, "initialDelay", initialDelay);
        putIfPresent(value, "timeout", timeout);
        return Collections.unmodifiableMap(value);
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
