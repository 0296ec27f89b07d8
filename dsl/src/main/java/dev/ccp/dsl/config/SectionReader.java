package dev.ccp.dsl.config;

import dev.ccp.dsl.yaml.PlainValues;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Typed reads from one mapping of a configuration that {@link ConfigValidator} accepted, so
 * every value already has the right type; a missing or {@code null} value reads as the
 * natural empty value.
 */
final class SectionReader {

    private final Map<?, ?> values;

    SectionReader(Map<?, ?> values) {
        this.values = values;
    }

    SectionReader section(String key) {
        return new SectionReader(values.get(key) instanceof Map<?, ?> map ? map : Map.of());
    }

    String string(String key) {
        return optionalString(key).orElse("");
    }

    Optional<String> optionalString(String key) {
        return Optional.ofNullable((String) values.get(key));
    }

    boolean bool(String key) {
        return Boolean.TRUE.equals(values.get(key));
    }

    int integer(String key) {
        return intValue(values.get(key));
    }

    /** An integer value as an {@code int}, clamped to its range; 0 for {@code null}. */
    static int intValue(Object value) {
        if (value == null) {
            return 0;
        }
        BigInteger number = new BigInteger(value.toString());
        return number.bitLength() < Integer.SIZE ? number.intValue()
                : number.signum() > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE;
    }

    List<String> strings(String key) {
        return optionalStrings(key).orElse(List.of());
    }

    Optional<List<String>> optionalStrings(String key) {
        return values.get(key) instanceof List<?> list
                ? Optional.of(list.stream().map(String.class::cast).toList())
                : Optional.empty();
    }

    /** The mapping under {@code key} as plain values (immutable). */
    Map<String, Object> map(String key) {
        return values.get(key) instanceof Map<?, ?> map ? PlainValues.immutableMap(map) : Map.of();
    }

    /** The mappings in the list under {@code key}. */
    List<SectionReader> sections(String key) {
        List<SectionReader> sections = new ArrayList<>();
        if (values.get(key) instanceof List<?> list) {
            for (Object item : list) {
                sections.add(new SectionReader((Map<?, ?>) item));
            }
        }
        return sections;
    }

    /** The mappings under each key of the mapping under {@code key}, in its order. */
    Map<String, SectionReader> sectionsByKey(String key) {
        Map<String, SectionReader> sections = new LinkedHashMap<>();
        section(key).values.forEach((name, item) -> sections.put((String) name,
                new SectionReader(item instanceof Map<?, ?> map ? map : Map.of())));
        return sections;
    }

    /** Each key of the mapping under {@code key} with its value read by {@code read}. */
    <T> Map<String, T> entries(String key, Function<Object, T> read) {
        Map<String, T> entries = new LinkedHashMap<>();
        section(key).values.forEach((name, item) -> entries.put((String) name, read.apply(item)));
        return Collections.unmodifiableMap(entries);
    }
}
