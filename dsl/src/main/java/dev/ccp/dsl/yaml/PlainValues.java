package dev.ccp.dsl.yaml;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Helpers for YAML values kept as plain Java (configuration values, service definitions):
 * {@code Map<String, Object>} (insertion ordered), {@code List<Object>}, {@link String},
 * {@link Integer}/{@link Long}/{@link BigInteger}, {@link Double}, {@link Boolean} and
 * {@code null}.
 */
public final class PlainValues {

    /** How much of a long string a message shows. */
    private static final int SHOWN_TEXT_LENGTH = 80;

    private PlainValues() {
    }

    /**
     * A deep copy whose maps and lists cannot be modified; maps keep their key order and have
     * string keys. Nulls are kept, as YAML allows them.
     */
    public static Object immutableCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            return immutableMap(map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object item : list) {
                copy.add(immutableCopy(item));
            }
            return Collections.unmodifiableList(copy);
        }
        return value;
    }

    /** {@link #immutableCopy(Object)} for a mapping. */
    public static Map<String, Object> immutableMap(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, item) -> copy.put(String.valueOf(key), immutableCopy(item)));
        return Collections.unmodifiableMap(copy);
    }

    /** A deep copy that can be modified, for building a new value from an old one. */
    public static Object mutableCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            return mutableMap(map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object item : list) {
                copy.add(mutableCopy(item));
            }
            return copy;
        }
        return value;
    }

    /** {@link #mutableCopy(Object)} for a mapping. */
    public static Map<String, Object> mutableMap(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, item) -> copy.put(String.valueOf(key), mutableCopy(item)));
        return copy;
    }

    /** The value at {@code path} inside {@code root}, if every step of the path exists. */
    public static Optional<Object> valueAt(Object root, KeyPath path) {
        Object current = root;
        for (Object segment : path.segments()) {
            if (segment instanceof String key && current instanceof Map<?, ?> map && map.containsKey(key)) {
                current = map.get(key);
            } else if (segment instanceof Integer index && current instanceof List<?> list
                    && index >= 0 && index < list.size()) {
                current = list.get(index);
            } else {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(current);
    }

    /** True when {@code path} exists in {@code root}, even when it holds {@code null}. */
    public static boolean contains(Object root, KeyPath path) {
        if (path.isRoot()) {
            return true;
        }
        Optional<Object> parent = valueAt(root, path.parent());
        Object last = path.last();
        if (parent.isEmpty()) {
            return false;
        }
        if (last instanceof String key && parent.get() instanceof Map<?, ?> map) {
            return map.containsKey(key);
        }
        return last instanceof Integer index && parent.get() instanceof List<?> list && index >= 0 && index < list.size();
    }

    /**
     * Calls {@code visitor} with {@code path} and {@code value}, then with the path and value of
     * every entry and item below it, parents before children, in document order.
     */
    public static void forEachPath(Object value, KeyPath path, BiConsumer<KeyPath, Object> visitor) {
        visitor.accept(path, value);
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> forEachPath(item, path.key((String) key), visitor));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                forEachPath(list.get(i), path.index(i), visitor);
            }
        }
    }

    /** What kind of value this is, for messages: {@code a string}, {@code a mapping}, ... */
    public static String kind(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map) {
            return "a mapping";
        }
        if (value instanceof List) {
            return "a list";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return "an integer";
        }
        if (value instanceof Number) {
            return "a number";
        }
        return "a " + value.getClass().getSimpleName();
    }

    /**
     * The value as a message shows what was found: strings quoted ({@code 'two'}, long ones cut
     * short), numbers and booleans with their kind ({@code 2 (a number)}, {@code true (a boolean)}),
     * {@code null}, and the kind of a mapping or list ({@code an empty list}).
     */
    public static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            if (text.isBlank()) {
                return text.isEmpty() ? "an empty string" : "a blank string";
            }
            String shown = text.length() > SHOWN_TEXT_LENGTH ? text.substring(0, SHOWN_TEXT_LENGTH) + "..." : text;
            return "'" + shown.replace("'", "''").replace("\n", "\\n") + "'";
        }
        if (value instanceof Boolean) {
            return value + " (a boolean)";
        }
        if (value instanceof Number) {
            return value + " (a number)";
        }
        if (value instanceof Map<?, ?> map) {
            return map.isEmpty() ? "an empty mapping" : kind(value);
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "an empty list" : kind(value);
        }
        return kind(value);
    }

    /** The message {@code expected <what>, found <value>}, the value shown by {@link #describe}. */
    public static String expected(String what, Object found) {
        return "expected " + what + ", found " + describe(found);
    }

    /** The value of a YAML integer ({@link Integer}, or a {@link Long} or {@link BigInteger} within range), else null. */
    public static Integer integerOrNull(Object value) {
        if (value instanceof Integer number) {
            return number;
        }
        if (value instanceof Long number && number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE) {
            return number.intValue();
        }
        if (value instanceof BigInteger number && number.bitLength() < Integer.SIZE) {
            return number.intValue();
        }
        return null;
    }
}
