package dev.ccp.dsl.service;

import dev.ccp.dsl.yaml.PlainValues;
import java.util.Map;
import java.util.Objects;

/**
 * An environment variable of a container ({@code containers[].env[]}), Kubernetes style.
 *
 * @param name      the variable name
 * @param value     the value, or null
 * @param valueFrom the free-form {@code valueFrom} block as written, empty when not given
 */
public record EnvVar(String name, String value, Map<String, Object> valueFrom) {

    public EnvVar {
        Objects.requireNonNull(name, "name");
        valueFrom = PlainValues.immutableMap(valueFrom == null ? Map.of() : valueFrom);
    }
}
