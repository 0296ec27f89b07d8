package dev.ccp.dsl.config.schema;

import dev.ccp.dsl.yaml.KeyPath;
import java.util.function.Predicate;

/** A value accepted when a predicate holds; no structure below it is checked. */
record ValueSchema(String expected, Predicate<Object> accepts) implements Schema {

    @Override
    public boolean acceptsKind(Object value) {
        return accepts.test(value);
    }

    @Override
    public void check(Object value, KeyPath path, SchemaFindings findings) {
        if (!accepts.test(value)) {
            findings.mismatch(path, expected, value);
        }
    }
}
