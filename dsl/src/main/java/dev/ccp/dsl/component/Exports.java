package dev.ccp.dsl.component;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * All exported macro files, by ConfigMap key (sorted).
 *
 * @param templates the exports by key
 */
public record Exports(Map<String, ExportedTemplate> templates) {

    public static final Exports NONE = new Exports(Map.of());

    public Exports {
        templates = Collections.unmodifiableMap(new TreeMap<>(templates));
    }

    /**
     * The header prepended to every service file: the import statements of all exports, sorted
     * and concatenated without separator; empty when there are no exports.
     */
    public String importHeader() {
        return templates.values().stream().map(ExportedTemplate::importStatement).sorted()
                .collect(Collectors.joining());
    }
}
