package dev.ccp.dsl.jinja.python;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What Python's {@code for x in value} visits: a mapping's keys, a string's characters, ... */
public final class PythonIteration {

    private PythonIteration() {
    }

    /**
     * The items of {@code value} in iteration order.
     *
     * @throws IllegalArgumentException when the value is not iterable ({@code None}, a number)
     */
    public static List<Object> items(Object value) {
        if (value instanceof Map<?, ?> map) {
            return new ArrayList<>(map.keySet());
        }
        if (value instanceof Collection<?> items) {
            return new ArrayList<>(items);
        }
        if (value instanceof CharSequence text) {
            List<Object> chars = new ArrayList<>(text.length());
            text.toString().codePoints().forEach(cp -> chars.add(new String(Character.toChars(cp))));
            return chars;
        }
        if (value instanceof Object[] array) {
            return new ArrayList<>(Arrays.asList(array));
        }
        if (value instanceof Iterable<?> iterable) {
            List<Object> items = new ArrayList<>();
            iterable.forEach(items::add);
            return items;
        }
        throw new IllegalArgumentException("'" + PythonTypes.name(value) + "' object is not iterable");
    }
}
