package dev.ccp.dsl.config.schema;

import dev.ccp.dsl.yaml.KeyPath;

/** {@code null}, or what {@code inner} accepts. */
record NullOrSchema(Schema inner) implements Schema {

    @Override
    public String expected() {
        return "null or " + inner.expected();
    }

    @Override
    public void check(Object value, KeyPath path, SchemaFindings findings) {
        if (value != null) {
            if (inner instanceof ValueSchema scalar && !scalar.accepts().test(value)) {
                findings.mismatch(path, expected(), value);
            } else {
                inner.check(value, path, findings);
            }
        }
    }
}
