package dev.ccp.dsl.config.schema;

import dev.ccp.dsl.yaml.KeyPath;

/** {@code null}, or what {@code inner} accepts. */
record NullOrSchema(Schema inner) implements Schema {

    @Override
    public String expected() {
        return "null or " + inner.expected();
    }

    @Override
    public boolean acceptsKind(Object value) {
        return value == null || inner.acceptsKind(value);
    }

    @Override
    public void check(Object value, KeyPath path, SchemaFindings findings) {
        if (value != null && !inner.acceptsKind(value)) {
            findings.mismatch(path, expected(), value);
        } else if (value != null) {
            inner.check(value, path, findings);
        }
    }
}
