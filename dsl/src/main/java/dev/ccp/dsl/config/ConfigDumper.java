package dev.ccp.dsl.config;

import dev.ccp.dsl.yaml.ConfigTree;
import dev.ccp.dsl.yaml.KeyPath;
import dev.ccp.dsl.yaml.Origin;
import dev.ccp.dsl.yaml.YamlWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ccp config dump}: the merged configuration as YAML (REFERENCE 2.5) with every secret
 * value (see {@link SecretPaths}) shown as {@code '***'}; optionally with the origin of each
 * value as a comment on its line.
 */
public final class ConfigDumper {

    /** What a secret value is shown as. */
    public static final String MASK = "***";

    private ConfigDumper() {
    }

    public static String dump(ConfigTree tree) {
        return YamlWriter.plain().write(masked(tree.values()));
    }

    /** {@link #dump} with {@code  # <origin>} after each value: a file and line, or the layer that set it. */
    public static String dumpExplained(ConfigTree tree) {
        return YamlWriter.commented(path -> tree.originOf(path).map(Origin::describe)).write(masked(tree.values()));
    }

    /** The values with each non-empty secret replaced by {@link #MASK}; keys and structure stay. */
    static Map<String, Object> masked(Map<String, Object> values) {
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) mask(values, KeyPath.root());
        return result;
    }

    private static Object mask(Object value, KeyPath path) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put((String) key, mask(item, path.key((String) key))));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                copy.add(mask(list.get(i), path.index(i)));
            }
            return copy;
        }
        boolean empty = value == null || "".equals(value);
        return !empty && SecretPaths.isSecret(path) ? MASK : value;
    }
}
