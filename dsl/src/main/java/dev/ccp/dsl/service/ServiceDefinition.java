package dev.ccp.dsl.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A validated service definition: one entry of the components map.
 *
 * @param component  the component (repository name without {@code fuel-ccp-}) it comes from
 * @param file       the definition file, as shown in messages
 * @param dslVersion the definition's {@code dsl_version} as written
 * @param service    the {@code service} block
 * @param files      the {@code files} section by key, in document order
 * @param secrets    the {@code secrets} section by key, in document order
 */
public record ServiceDefinition(String component, String file, String dslVersion, Service service,
        Map<String, FileSpec> files, Map<String, SecretSpec> secrets) {

    public ServiceDefinition {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(dslVersion, "dslVersion");
        Objects.requireNonNull(service, "service");
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
        secrets = Collections.unmodifiableMap(new LinkedHashMap<>(secrets));
    }

    /** The service name (for an alias: the alias). */
    public String name() {
        return service.name();
    }

    public ServiceDefinition withService(Service newService) {
        return new ServiceDefinition(component, file, dslVersion, newService, files, secrets);
    }
}
