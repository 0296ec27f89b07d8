package dev.ccp.dsl.component;

import dev.ccp.dsl.service.DslVersion;
import dev.ccp.dsl.service.RawDefinition;
import dev.ccp.dsl.service.ServiceProblem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of loading component repositories, before validation.
 *
 * @param components  the components with a {@code service/} directory, in repository order
 * @param exports     the merged exports of all repositories
 * @param definitions the components map: one definition per service name (aliases included),
 *                    sorted by service name, followed by definitions without a usable
 *                    {@code service.name} (which can only be reported)
 * @param services    the parsed {@code services} section (aliases, mappings)
 * @param problems    everything that went wrong while loading: templates that do not render,
 *                    YAML that does not parse, aliases of unknown services, {@code content}
 *                    naming missing files, bad exports or actions
 */
public record LoadedComponents(List<Component> components, Exports exports, List<RawDefinition> definitions,
        ServicesSection services, List<ServiceProblem> problems) {

    public LoadedComponents {
        components = List.copyOf(components);
        Objects.requireNonNull(exports, "exports");
        definitions = List.copyOf(definitions);
        Objects.requireNonNull(services, "services");
        problems = List.copyOf(problems);
    }

    /** The component called {@code name}. */
    public Optional<Component> component(String name) {
        return components.stream().filter(component -> component.name().equals(name)).findFirst();
    }

    /** The definition of service {@code name} (an alias name works too). */
    public Optional<RawDefinition> definition(String name) {
        return definitions.stream().filter(definition -> name.equals(definition.serviceName())).findFirst();
    }

    /** Validates everything against {@link DslVersion#CURRENT}; see {@link ServiceCatalog#build}. */
    public ServiceCatalog catalog() {
        return ServiceCatalog.build(this, DslVersion.CURRENT);
    }
}
