package dev.ccp.dsl.cloud;

import dev.ccp.dsl.component.ServiceCatalog;
import dev.ccp.dsl.config.LoadedConfig;
import java.util.Objects;

/**
 * Everything a cloud is described by, loaded and checked: the merged configuration and the
 * components map built from the component repositories.
 *
 * @param config   the merged configuration with its origins and repositories
 * @param services the service definitions, their problems and the dependency graph
 */
public record Cloud(LoadedConfig config, ServiceCatalog services) {

    public Cloud {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(services, "services");
    }
}
