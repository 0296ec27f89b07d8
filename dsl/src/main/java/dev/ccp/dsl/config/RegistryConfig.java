package dev.ccp.dsl.config;

import java.util.Objects;

/**
 * The {@code registry} section: the Docker registry images are pushed to and pulled from.
 *
 * @param address        {@code host:port}; empty for none (images named without a registry)
 * @param insecure       allow plain HTTP
 * @param username       empty when the registry needs no login
 * @param password       the registry password; prints as {@code ***}
 * @param timeoutSeconds how long to wait for the registry
 */
public record RegistryConfig(String address, boolean insecure, String username, Secret password, int timeoutSeconds) {

    public RegistryConfig {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    /** True when a user name is set, so a pull secret is needed. */
    public boolean hasCredentials() {
        return !username.isEmpty();
    }
}
