package dev.ccp.dsl.config.schema;

import dev.ccp.dsl.problem.Suggestions;
import dev.ccp.dsl.yaml.KeyPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A closed mapping: only the listed keys, each with its own schema; unknown keys are reported
 * with the closest known key as a suggestion. Build one with {@link Schemas#object()}.
 */
public final class ObjectSchema implements Schema {

    /** A check that needs several keys of the mapping at once. */
    @FunctionalInterface
    public interface ObjectRule {
        void check(Map<?, ?> object, KeyPath path, SchemaFindings findings);
    }

    private final Map<String, Schema> properties;
    private final Set<String> required;
    private final List<ObjectRule> rules;

    private ObjectSchema(Builder builder) {
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.properties));
        this.required = Collections.unmodifiableSet(new LinkedHashSet<>(builder.required));
        this.rules = List.copyOf(builder.rules);
    }

    @Override
    public String expected() {
        return "a mapping";
    }

    @Override
    public boolean acceptsKind(Object value) {
        return value instanceof Map;
    }

    @Override
    public void check(Object value, KeyPath path, SchemaFindings findings) {
        if (!(value instanceof Map<?, ?> map)) {
            findings.mismatch(path, expected(), value);
            return;
        }
        for (String key : required) {
            if (!map.containsKey(key)) {
                findings.report(path, "missing required key '" + key + "'");
            }
        }
        map.forEach((key, item) -> {
            KeyPath child = path.key((String) key);
            Schema schema = properties.get(key);
            if (schema == null) {
                findings.report(child, "unknown key" + Suggestions.didYouMean((String) key, properties.keySet()));
            } else {
                schema.check(item, child, findings);
            }
        });
        for (ObjectRule rule : rules) {
            rule.check(map, path, findings);
        }
    }

    /** Declares the keys of an {@link ObjectSchema}. */
    public static final class Builder {

        private final Map<String, Schema> properties = new LinkedHashMap<>();
        private final Set<String> required = new LinkedHashSet<>();
        private final List<ObjectRule> rules = new ArrayList<>();

        Builder() {
        }

        public Builder optional(String key, Schema schema) {
            properties.put(key, schema);
            return this;
        }

        public Builder required(String key, Schema schema) {
            required.add(key);
            return optional(key, schema);
        }

        public Builder rule(ObjectRule rule) {
            rules.add(rule);
            return this;
        }

        public ObjectSchema build() {
            return new ObjectSchema(this);
        }
    }
}
