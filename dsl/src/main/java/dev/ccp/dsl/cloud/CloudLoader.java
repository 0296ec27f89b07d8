package dev.ccp.dsl.cloud;

import dev.ccp.dsl.component.ComponentLoader;
import dev.ccp.dsl.component.LoadedComponents;
import dev.ccp.dsl.config.CcpConfig;
import dev.ccp.dsl.config.ConfigLoader;
import dev.ccp.dsl.config.HostEnvironment;
import dev.ccp.dsl.config.LoadedConfig;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Loads a cloud in the order every command needs: configuration (files, includes, schema),
 * then the component repositories (definitions rendered with the merged configuration, DSL
 * version gate, schema, dependencies). Reads files only.
 */
public final class CloudLoader {

    private final ConfigLoader configLoader;
    private final ComponentLoader componentLoader;

    public CloudLoader(ConfigLoader configLoader, ComponentLoader componentLoader) {
        this.configLoader = configLoader;
        this.componentLoader = componentLoader;
    }

    public static CloudLoader standard() {
        return new CloudLoader(new ConfigLoader(), ComponentLoader.standard());
    }

    /**
     * @throws dev.ccp.dsl.problem.InvalidInputException when the configuration is invalid;
     *         problems of the service definitions are kept in {@link Cloud#services()} so that
     *         each command decides which of them concern it
     */
    public Cloud load(Optional<Path> explicitConfig, HostEnvironment host) {
        return components(configLoader.load(explicitConfig, host));
    }

    /** The components map of an already loaded configuration. */
    public Cloud components(LoadedConfig config) {
        CcpConfig typed = config.config();
        LoadedComponents components = componentLoader.load(config.repositories(), new ConfigRenderContexts(config),
                typed.services(), typed.files().keySet());
        return new Cloud(config, components.catalog());
    }
}
