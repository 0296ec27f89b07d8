package dev.ccp.dsl.component;

import dev.ccp.dsl.yaml.PlainValues;
import java.util.Map;
import java.util.Objects;

/**
 * An upgrade definition from {@code service/upgrade/<name>.yaml}, plain YAML without Jinja
 * (REFERENCE 7.5); kept as written, since its steps are interpreted only when an upgrade runs.
 *
 * @param name     the file name without {@code .yaml} ({@code default})
 * @param file     the file, as shown in messages
 * @param document the parsed document: {@code upgrade: {name, image, steps}} and {@code files}
 */
public record UpgradeDefinition(String name, String file, Map<String, Object> document) {

    public UpgradeDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        document = PlainValues.immutableMap(document);
    }
}
