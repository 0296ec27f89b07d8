package dev.ccp.dsl.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Writes plain values as YAML the way {@code ccp config dump} shows them (PyYAML's safe dumper
 * in block style): keys sorted at every level, two-space indentation, list items at their
 * parent key's indentation, {@code null}, {@code ''}, {@code {}} and {@code []} for empty
 * values, one line per value. Optionally appends a comment to the line of each value that is
 * not a non-empty mapping or list.
 */
public final class YamlWriter {

    private static final String INDENT = "  ";

    private final ScalarStyle scalars = new ScalarStyle();
    private final Function<KeyPath, Optional<String>> comments;

    private YamlWriter(Function<KeyPath, Optional<String>> comments) {
        this.comments = comments;
    }

    /** A writer without comments. */
    public static YamlWriter plain() {
        return new YamlWriter(path -> Optional.empty());
    }

    /** A writer that ends the line of each single-line value with {@code  # <comment>}. */
    public static YamlWriter commented(Function<KeyPath, Optional<String>> comments) {
        return new YamlWriter(comments);
    }

    /** The document for {@code values}, ending with a newline. */
    public String write(Map<String, ?> values) {
        if (values.isEmpty()) {
            return "{}" + comment(KeyPath.root()) + "\n";
        }
        List<String> lines = new ArrayList<>();
        writeMapping(values, 0, KeyPath.root(), lines);
        return String.join("\n", lines) + "\n";
    }

    private void writeMapping(Map<?, ?> mapping, int indent, KeyPath path, List<String> lines) {
        Map<String, Object> sorted = new TreeMap<>();
        mapping.forEach((key, value) -> sorted.put((String) key, value));
        String prefix = INDENT.repeat(indent);
        sorted.forEach((key, value) -> {
            KeyPath child = path.key(key);
            String keyText = prefix + scalars.string(key) + ":";
            if (isNonEmptyMapping(value)) {
                lines.add(keyText);
                writeMapping((Map<?, ?>) value, indent + 1, child, lines);
            } else if (isNonEmptyList(value)) {
                lines.add(keyText);
                writeList((List<?>) value, indent, child, lines);
            } else {
                lines.add(keyText + " " + inline(value) + comment(child));
            }
        });
    }

    private void writeList(List<?> list, int indent, KeyPath path, List<String> lines) {
        String prefix = INDENT.repeat(indent);
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            KeyPath child = path.index(i);
            if (isNonEmptyMapping(item) || isNonEmptyList(item)) {
                List<String> nested = new ArrayList<>();
                if (item instanceof Map<?, ?> mapping) {
                    writeMapping(mapping, indent + 1, child, nested);
                } else {
                    writeList((List<?>) item, indent + 1, child, nested);
                }
                String nestedPrefix = INDENT.repeat(indent + 1);
                lines.add(prefix + "- " + nested.get(0).substring(nestedPrefix.length()));
                lines.addAll(nested.subList(1, nested.size()));
            } else {
                lines.add(prefix + "- " + inline(item) + comment(child));
            }
        }
    }

    private String inline(Object value) {
        if (value instanceof Map) {
            return "{}";
        }
        if (value instanceof List) {
            return "[]";
        }
        return scalars.format(value);
    }

    private String comment(KeyPath path) {
        return comments.apply(path).map(text -> "  # " + text).orElse("");
    }

    private static boolean isNonEmptyMapping(Object value) {
        return value instanceof Map<?, ?> map && !map.isEmpty();
    }

    private static boolean isNonEmptyList(Object value) {
        return value instanceof List<?> list && !list.isEmpty();
    }
}
