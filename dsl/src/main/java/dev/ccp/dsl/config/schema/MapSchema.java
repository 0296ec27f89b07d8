package dev.ccp.dsl.config.schema;

import dev.ccp.dsl.yaml.KeyPath;
import java.util.Map;

/** An open mapping: any keys (each checked by {@code keys}), every value checked by {@code values}. */
record MapSchema(Schema values, Schemas.KeyRule keys) implements Schema {

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
        map.forEach((key, item) -> {
            KeyPath child = path.key((String) key);
            keys.check((String) key, child, findings);
            values.check(item, child, findings);
        });
    }
}
