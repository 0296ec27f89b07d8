package dev.ccp.builders.engine;

import dev.ccp.dsl.config.Secret;
import java.util.Objects;

/**
 * A registry login. The password is a {@link Secret} and prints as {@code ***}.
 *
 * @param registry {@code host:port}
 * @param username the user
 * @param password the password
 */
public record RegistryCredentials(String registry, String username, Secret password) {

    public RegistryCredentials {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }
}
