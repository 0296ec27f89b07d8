package dev.ccp.dsl.jinja.engine;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Template variables converted once to the value types Jinjava computes with: whole numbers as
 * {@code Long} (YAML and JSON parsers give {@code Integer}, Jinjava literals are {@code Long},
 * so {@code [1, 2] == l} would be false), {@code Float} as {@code Double}, arrays as lists.
 * Containers are copied and read-only, so one prepared context can serve many renders on many
 * threads.
 */
public final class TemplateContext extends AbstractMap<String, Object> {

    private final Map<String, Object> values;

    private TemplateContext(Map<String, Object> values) {
        this.values = values;
    }

    /** Converts {@code variables}; an already prepared context is returned as is. */
    public static TemplateContext of(Map<String, ?> variables) {
        if (variables instanceof TemplateContext prepared) {
            return prepared;
        }
        Map<String, Object> converted = new LinkedHashMap<>();
        variables.forEach((key, value) -> converted.put(key, convert(value)));
        return new TemplateContext(Collections.unmodifiableMap(converted));
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return values.entrySet();
    }

    @Override
    public Object get(Object key) {
        return values.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return values.containsKey(key);
    }

    static Object convert(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float number) {
            return number.doubleValue();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(convert(key), convert(item)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof Set<?> set) {
            Set<Object> copy = new LinkedHashSet<>();
            set.forEach(item -> copy.add(convert(item)));
            return Collections.unmodifiableSet(copy);
        }
        if (value instanceof Collection<?> items) {
            List<Object> copy = new ArrayList<>(items.size());
            items.forEach(item -> copy.add(convert(item)));
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof Object[] array) {
            List<Object> copy = new ArrayList<>(array.length);
            for (Object item : array) {
                copy.add(convert(item));
            }
            return Collections.unmodifiableList(copy);
        }
        return value;
    }
}
