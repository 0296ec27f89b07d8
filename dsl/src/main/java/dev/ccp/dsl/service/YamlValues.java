package dev.ccp.dsl.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Helpers for values parsed from YAML: deep immutable copies and short descriptions for
 * "expected X, found Y" messages.
 */
public final class YamlValues {

    private static final int SHOWN_TEXT_LENGTH = 40;

    private YamlValues() {
    }

    /**
     * A deep copy in which every mapping is an unmodifiable {@link LinkedHashMap} with string
     * keys (document order kept) and every sequence an unmodifiable list. Nulls are kept, as
     * YAML allows them.
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

    /** {@link #immutableCopy(Object)} of a mapping. */
    public static Map<String, Object> immutableMap(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, item) -> copy.put(String.valueOf(key), immutableCopy(item)));
        return Collections.unmodifiableMap(copy);
    }

    /** How a value is shown after "found": {@code 'text'}, {@code 5 (a number)}, {@code a list}. */
    public static String describe(Object value) {
        if (value == null) {
            return "nothing (null)";
        }
        if (value instanceof String text) {
            if (text.isBlank()) {
                return text.isEmpty() ? "an empty string" : "a blank string";
            }
            String shown = text.length() > SHOWN_TEXT_LENGTH ? text.substring(0, SHOWN_TEXT_LENGTH) + "..." : text;
            return "'" + shown.replace("\n", "\\n") + "'";
        }
        if (value instanceof Boolean flag) {
            return flag + " (a boolean)";
        }
        if (value instanceof Number number) {
            return number + " (a number)";
        }
        if (value instanceof Map<?, ?> map) {
            return map.isEmpty() ? "an empty mapping" : "a mapping";
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "an empty list" : "a list";
        }
        return "a value of type " + value.getClass().getSimpleName();
    }

    /** The integer value of a YAML integer (Integer, Long or BigInteger within int range), else null. */
    public static Integer integerOrNull(Object value) {
        if (value instanceof Integer number) {
            return number;
        }
        if (value instanceof Long number && number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE) {
            return number.intValue();
        }
        if (value instanceof java.math.BigInteger number && number.bitLength() < Integer.SIZE) {
            return number.intValue();
        }
        return null;
    }
}
