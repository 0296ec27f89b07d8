package dev.ccp.dsl.config;

import dev.ccp.dsl.component.ComponentRepository;
import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.yaml.ConfigTree;
import dev.ccp.dsl.yaml.KeyPath;
import dev.ccp.dsl.yaml.YamlFileLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads the configuration the way every command starts: find the user's file, read it (with
 * its includes), check it over the global defaults, locate the component repositories, read
 * their defaults, merge everything (see {@link ConfigMerger}) and check the result.
 */
public final class ConfigLoader {

    private static final String INVALID = "invalid configuration";
    private static final KeyPath REPOSITORIES_PATH = KeyPath.of("repositories", "path");

    private final ConfigFileLocator locator;

    public ConfigLoader() {
        this(new ConfigFileLocator());
    }

    public ConfigLoader(ConfigFileLocator locator) {
        this.locator = locator;
    }

    /**
     * The full configuration, with component defaults, for commands that use the components.
     *
     * @param explicitConfig the {@code --config-file} value
     * @throws InvalidInputException with every problem found in the files, the values and the
     *                               repositories
     */
    public LoadedConfig load(Optional<Path> explicitConfig, HostEnvironment host) {
        Optional<Path> configFile = locator.find(explicitConfig, host.homeDir());
        ConfigTree defaults = GlobalDefaults.load(host);
        ConfigTree user = loadUserFile(configFile, host);
        ConfigTree withoutComponents = checked(ConfigMerger.mergeLayers(defaults, List.of(), user));

        List<ComponentRepository> repositories = RepositoryLocator.locate(withoutComponents, host.inTreeComponentsDir());
        ComponentDefaultsLoader.ComponentDefaults components = ComponentDefaultsLoader.load(repositories);
        ConfigTree merged = ConfigMerger.mergeLayers(defaults, components.layers(), user);

        List<Problem> problems = new ArrayList<>(components.problems());
        problems.addAll(ConfigValidator.validate(merged));
        InvalidInputException.throwIfAny(INVALID, problems);
        return new LoadedConfig(CcpConfig.from(merged), merged, repositories, configFile);
    }

    /**
     * The configuration without component defaults, for commands that do not read the
     * components ({@code fetch}, {@code images list}) and before an automatic fetch.
     */
    public LoadedConfig loadWithoutComponents(Optional<Path> explicitConfig, HostEnvironment host) {
        Optional<Path> configFile = locator.find(explicitConfig, host.homeDir());
        ConfigTree merged = checked(ConfigMerger.mergeLayers(GlobalDefaults.load(host), List.of(),
                loadUserFile(configFile, host)));
        return new LoadedConfig(CcpConfig.from(merged), merged, List.of(), configFile);
    }

    /** The user's file with its includes; a {@code ~} in {@code repositories.path} is expanded. */
    private static ConfigTree loadUserFile(Optional<Path> configFile, HostEnvironment host) {
        if (configFile.isEmpty()) {
            return ConfigTree.empty();
        }
        ConfigTree user = ConfigMerger.merge(new YamlFileLoader(ConfigLayers.USER).load(configFile.get()));
        if (user.valueAt(REPOSITORIES_PATH).orElse(null) instanceof String path) {
            return user.withValue(REPOSITORIES_PATH, host.expandHome(path));
        }
        return user;
    }

    private static ConfigTree checked(ConfigTree tree) {
        InvalidInputException.throwIfAny(INVALID, ConfigValidator.validate(tree));
        return tree;
    }
}
