package dev.ccp.dsl.config;

import dev.ccp.dsl.yaml.ConfigTree;
import dev.ccp.dsl.yaml.KeyPath;
import dev.ccp.dsl.yaml.Origins;
import dev.ccp.dsl.yaml.PlainValues;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The merge rule of Fuel CCP (REFERENCE 2.2) applied to a {@link ConfigTree}: for every key of
 * the upper tree, a mapping over a mapping merges recursively; anything else replaces what was
 * below (lists are never concatenated; unlike the original, a mapping may be replaced by a
 * non-mapping). Keys keep the position they had below; new keys follow. Each value keeps the
 * origin of the tree it came from. Only {@link ConfigMerger} decides what goes over what.
 */
final class TreeOverlay {

    private final Predicate<KeyPath> replacedWhole;

    /** @param replacedWhole paths whose mapping is replaced by the upper one instead of merged */
    TreeOverlay(Predicate<KeyPath> replacedWhole) {
        this.replacedWhole = replacedWhole;
    }

    static TreeOverlay deep() {
        return new TreeOverlay(path -> false);
    }

    ConfigTree apply(ConfigTree lower, ConfigTree upper) {
        if (upper.isEmpty()) {
            return lower;
        }
        Origins.Builder origins = Origins.builder();
        origins.putIfPresent(KeyPath.root(), lower.origins().exact(KeyPath.root()));
        origins.putIfPresent(KeyPath.root(), upper.origins().exact(KeyPath.root()));
        Map<String, Object> values = merge(lower.values(), upper.values(), KeyPath.root(), lower.origins(),
                upper.origins(), origins);
        return new ConfigTree(values, origins.build());
    }

    private Map<String, Object> merge(Map<String, Object> lower, Map<String, Object> upper, KeyPath path,
            Origins lowerOrigins, Origins upperOrigins, Origins.Builder origins) {
        Map<String, Object> merged = new LinkedHashMap<>();
        lower.forEach((key, below) -> {
            KeyPath child = path.key(key);
            if (!upper.containsKey(key)) {
                merged.put(key, below);
                copyOrigins(below, child, lowerOrigins, origins);
                return;
            }
            Object above = upper.get(key);
            if (below instanceof Map && above instanceof Map && !replacedWhole.test(child)) {
                origins.putIfPresent(child, lowerOrigins.exact(child));
                origins.putIfPresent(child, upperOrigins.exact(child));
                merged.put(key, merge(asMap(below), asMap(above), child, lowerOrigins, upperOrigins, origins));
            } else {
                merged.put(key, above);
                copyOrigins(above, child, upperOrigins, origins);
            }
        });
        upper.forEach((key, above) -> {
            if (!lower.containsKey(key)) {
                merged.put(key, above);
                copyOrigins(above, path.key(key), upperOrigins, origins);
            }
        });
        return merged;
    }

    private static void copyOrigins(Object value, KeyPath path, Origins from, Origins.Builder to) {
        PlainValues.forEachPath(value, path, (at, item) -> to.putIfPresent(at, from.exact(at)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
