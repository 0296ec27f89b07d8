package dev.ccp.dsl.yaml;

import dev.ccp.dsl.problem.Problem;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A configuration document: plain Java values (see {@link PlainValues}) that templates can use
 * as they are, and the {@link Origin} of each value in a parallel structure. Immutable: the
 * maps and lists of {@link #values()} cannot be modified.
 *
 * @param values  the top-level mapping, keys in document order
 * @param origins where each value was set
 */
public record ConfigTree(Map<String, Object> values, Origins origins) {

    private static final ConfigTree EMPTY = new ConfigTree(Map.of(), Origins.none());

    public ConfigTree {
        values = PlainValues.immutableMap(values);
        Objects.requireNonNull(origins, "origins");
    }

    /** No values at all (what an empty file loads as). */
    public static ConfigTree empty() {
        return EMPTY;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The value at {@code path}; empty when the path does not exist or holds {@code null}. */
    public Optional<Object> valueAt(KeyPath path) {
        return PlainValues.valueAt(values, path);
    }

    /** True when {@code path} exists, even if it holds {@code null}. */
    public boolean contains(KeyPath path) {
        return PlainValues.contains(values, path);
    }

    /** Where the value at {@code path} (or the nearest enclosing value) was set. */
    public Optional<Origin> originOf(KeyPath path) {
        return origins.of(path);
    }

    /** A problem with the value at {@code path}, placed at the file and line that set it. */
    public Problem problemAt(KeyPath path, String message) {
        return origins.problemAt(path, message);
    }

    /** A tree holding only the given top-level sections (in this tree's order), with their origins. */
    public ConfigTree onlySections(Collection<String> sections) {
        Map<String, Object> kept = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (sections.contains(key)) {
                kept.put(key, value);
            }
        });
        return new ConfigTree(kept, originsOf(kept, origins));
    }

    /**
     * A tree where the existing value at {@code path} is replaced by {@code value}; the origin of
     * {@code path} stays (a normalised form of the same setting, such as an expanded {@code ~}).
     */
    public ConfigTree withValue(KeyPath path, Object value) {
        if (path.isRoot() || !contains(path)) {
            throw new IllegalArgumentException("no value at " + path + " to replace");
        }
        Map<String, Object> copy = PlainValues.mutableMap(values);
        Object parent = PlainValues.valueAt(copy, path.parent()).orElseThrow();
        if (path.last() instanceof String key) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) parent;
            map.put(key, value);
        } else {
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) parent;
            list.set((Integer) path.last(), value);
        }
        return new ConfigTree(copy, originsOf(copy, origins));
    }

    /** Names the top-level keys only: values may hold secrets and must not reach a log this way. */
    @Override
    public String toString() {
        return "ConfigTree" + values.keySet();
    }

    /** The origins of {@code source} that belong to a path present in {@code values}. */
    private static Origins originsOf(Map<String, Object> values, Origins source) {
        Origins.Builder kept = Origins.builder();
        PlainValues.forEachPath(values, KeyPath.root(), (path, value) -> kept.putIfPresent(path, source.exact(path)));
        return kept.build();
    }
}
