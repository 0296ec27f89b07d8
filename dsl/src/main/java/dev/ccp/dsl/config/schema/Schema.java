package dev.ccp.dsl.config.schema;

import dev.ccp.dsl.yaml.KeyPath;

/**
 * What a configuration value must look like. A schema checks a value and reports every problem
 * it finds to {@link SchemaFindings}, never stopping at the first.
 */
public interface Schema {

    /** What the schema accepts, as a message says it: {@code an integer >= 1}. */
    String expected();

    /**
     * Whether {@code value} is of the kind this schema expects (a mapping, a list, a string ...),
     * without looking inside it.
     */
    boolean acceptsKind(Object value);

    /** Reports what is wrong with {@code value}, found at {@code path}. */
    void check(Object value, KeyPath path, SchemaFindings findings);
}
