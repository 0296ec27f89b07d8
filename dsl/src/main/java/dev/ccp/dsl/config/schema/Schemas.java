package dev.ccp.dsl.config.schema;

import dev.ccp.dsl.yaml.KeyPath;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Building blocks for configuration schemas. */
public final class Schemas {

    /** A check of one key of an open mapping. */
    @FunctionalInterface
    public interface KeyRule {
        void check(String key, KeyPath keyPath, SchemaFindings findings);
    }

    /** A check that needs a whole list (duplicates, for example). */
    @FunctionalInterface
    public interface ListRule {
        void check(List<?> list, KeyPath path, SchemaFindings findings);
    }

    private static final Schema ANYTHING = new Schema() {
        @Override
        public String expected() {
            return "anything";
        }

        @Override
        public boolean acceptsKind(Object value) {
            return true;
        }

        @Override
        public void check(Object value, KeyPath path, SchemaFindings findings) {
        }
    };

    private Schemas() {
    }

    public static Schema anything() {
        return ANYTHING;
    }

    public static Schema string() {
        return new ValueSchema("a string", String.class::isInstance);
    }

    public static Schema bool() {
        return new ValueSchema("a boolean", Boolean.class::isInstance);
    }

    public static Schema integer() {
        return new ValueSchema("an integer", Schemas::isInteger);
    }

    /** An integer that is at least {@code minimum}. */
    public static Schema integer(long minimum) {
        return new ValueSchema("an integer >= " + minimum,
                value -> isInteger(value) && new BigInteger(value.toString()).compareTo(BigInteger.valueOf(minimum)) >= 0);
    }

    /** One of the given strings. */
    public static Schema oneOf(List<String> allowed) {
        return new ValueSchema("one of " + String.join(", ", allowed), allowed::contains);
    }

    /** A value {@code accepts} holds for; {@code expected} says what that is. */
    public static Schema value(String expected, Predicate<Object> accepts) {
        return new ValueSchema(expected, accepts);
    }

    public static Schema nullOr(Schema schema) {
        return new NullOrSchema(schema);
    }

    /** Any mapping, not looked into. */
    public static Schema mapping() {
        return new ValueSchema("a mapping", Map.class::isInstance);
    }

    /** A mapping with any keys whose every value {@code values} accepts. */
    public static Schema mapOf(Schema values) {
        return new MapSchema(values, (key, path, findings) -> { });
    }

    /** {@link #mapOf(Schema)} whose keys are checked too. */
    public static Schema mapOf(Schema values, KeyRule keys) {
        return new MapSchema(values, keys);
    }

    public static Schema listOf(Schema items) {
        return new ListSchema(items, (list, path, findings) -> { });
    }

    /** {@link #listOf(Schema)} with a check of the whole list. */
    public static Schema listOf(Schema items, ListRule whole) {
        return new ListSchema(items, whole);
    }

    /** A closed mapping; declare its keys on the builder. */
    public static ObjectSchema.Builder object() {
        return new ObjectSchema.Builder();
    }

    private static boolean isInteger(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof BigInteger;
    }
}
