package dev.ccp.dsl.component;

import java.util.Objects;

/**
 * A parameter of an action; {@code -p key=value} overrides the default.
 *
 * @param key          the parameter name
 * @param defaultValue the default as written (any YAML scalar), or null
 */
public record ActionParameter(String key, Object defaultValue) {

    public ActionParameter {
        Objects.requireNonNull(key, "key");
    }
}
