package dev.ccp.dsl.component;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What one component repository contributes besides its service definitions.
 *
 * @param name       the component name ({@code keystone} for {@code fuel-ccp-keystone})
 * @param repository where it lives
 * @param templates  the files under {@code service/files/} by name relative to it (sorted); their
 *                   content is rendered later, inside the containers
 * @param actions    actions from {@code service/actions/*.yaml}, in file order
 * @param upgrades   upgrade definitions by name (sorted)
 */
public record Component(String name, ComponentRepository repository, Map<String, Path> templates,
        List<ActionDefinition> actions, Map<String, UpgradeDefinition> upgrades) {

    public Component {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(repository, "repository");
        templates = Collections.unmodifiableMap(new TreeMap<>(templates));
        actions = List.copyOf(actions);
        upgrades = Collections.unmodifiableMap(new TreeMap<>(upgrades));
    }
}
