package dev.ccp.dsl.jinja.python;

import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * JSON as Python's {@code json.dumps(value, sort_keys=True)} writes it: {@code ", "} and
 * {@code ": "} separators, keys sorted, non-ASCII characters escaped as {@code \\uXXXX}.
 */
public final class PythonJson {

    private final boolean htmlSafe;
    private final int indent;

    private PythonJson(boolean htmlSafe, int indent) {
        this.htmlSafe = htmlSafe;
        this.indent = indent;
    }

    /** How a mapping prints in a template: sorted JSON (like the CLI's AttrDict {@code str()}). */
    public static String mapping(Map<?, ?> map) {
        return new PythonJson(false, -1).write(map);
    }

    /**
     * Jinja2's {@code tojson} filter: sorted JSON with {@code <}, {@code >}, {@code &} and
     * {@code '} escaped, so the result is safe inside HTML and single-quoted strings.
     *
     * @throws IllegalArgumentException when the value holds something JSON cannot express
     */
    public static String htmlSafe(Object value) {
        return new PythonJson(true, -1).write(value);
    }

    /** {@link #htmlSafe(Object)} spread over lines, {@code indent} spaces per level. */
    public static String htmlSafe(Object value, int indent) {
        return new PythonJson(true, Math.max(indent, 0)).write(value);
    }

    private String write(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value, 0);
        return out.toString();
    }

    private void append(StringBuilder out, Object value, int level) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean bool) {
            out.append(bool ? "true" : "false");
        } else if (value instanceof CharSequence || value instanceof Character) {
            appendString(out, value.toString());
        } else if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            double number = ((Number) value).doubleValue();
            if (Double.isNaN(number)) {
                out.append("NaN");
            } else if (Double.isInfinite(number)) {
                out.append(number > 0 ? "Infinity" : "-Infinity");
            } else {
                out.append(PythonStrings.floatRepr(number));
            }
        } else if (value instanceof Number) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            appendObject(out, map, level);
        } else if (value instanceof Collection<?> items) {
            appendArray(out, items, level);
        } else if (value instanceof Object[] array) {
            appendArray(out, Arrays.asList(array), level);
        } else {
            throw new IllegalArgumentException(
                    "Object of type " + PythonTypes.name(value) + " is not JSON serializable");
        }
    }

    private void appendObject(StringBuilder out, Map<?, ?> map, int level) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        List<Map.Entry<String, Object>> entries = new ArrayList<>(map.size());
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            entries.add(new AbstractMap.SimpleImmutableEntry<>(keyText(entry.getKey()), entry.getValue()));
        }
        entries.sort(Map.Entry.comparingByKey());
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> entry : entries) {
            separate(out, first, level + 1);
            first = false;
            appendString(out, entry.getKey());
            out.append(": ");
            append(out, entry.getValue(), level + 1);
        }
        close(out, level);
        out.append('}');
    }

    private void appendArray(StringBuilder out, Collection<?> items, int level) {
        if (items.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        boolean first = true;
        for (Object item : items) {
            separate(out, first, level + 1);
            first = false;
            append(out, item, level + 1);
        }
        close(out, level);
        out.append(']');
    }

    /** Python's item separator: {@code ", "} on one line, {@code ","} and a new line when indenting. */
    private void separate(StringBuilder out, boolean first, int level) {
        if (indent < 0) {
            if (!first) {
                out.append(", ");
            }
            return;
        }
        if (!first) {
            out.append(',');
        }
        out.append('\n').append(" ".repeat(indent * level));
    }

    private void close(StringBuilder out, int level) {
        if (indent >= 0) {
            out.append('\n').append(" ".repeat(indent * level));
        }
    }

    /** JSON object keys: strings as they are, other scalars as Python's json module converts them. */
    private static String keyText(Object key) {
        if (key instanceof CharSequence) {
            return key.toString();
        }
        if (key == null) {
            return "null";
        }
        if (key instanceof Boolean bool) {
            return bool ? "true" : "false";
        }
        if (key instanceof Double || key instanceof Float) {
            return PythonStrings.floatRepr(((Number) key).doubleValue());
        }
        if (key instanceof Number) {
            return key.toString();
        }
        throw new IllegalArgumentException(
                "keys must be str, int, float, bool or None, not " + PythonTypes.name(key));
    }

    private void appendString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    boolean escape = c < 0x20 || c > 0x7f
                            || (htmlSafe && (c == '<' || c == '>' || c == '&' || c == '\''));
                    if (escape) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
