package dev.ccp.dsl.config;

import dev.ccp.dsl.component.ComponentRepository;
import dev.ccp.dsl.yaml.ConfigTree;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of {@link ConfigLoader}.
 *
 * @param config       the typed view
 * @param tree         the merged values with their origins (for {@code config dump})
 * @param repositories the component repositories, in precedence order; empty when loaded
 *                     without components
 * @param configFile   the user's configuration file; empty when only defaults apply
 */
public record LoadedConfig(CcpConfig config, ConfigTree tree, List<ComponentRepository> repositories,
        Optional<Path> configFile) {

    public LoadedConfig {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(tree, "tree");
        repositories = List.copyOf(repositories);
        Objects.requireNonNull(configFile, "configFile");
    }
}
