package dev.ccp.dsl.config;

import dev.ccp.dsl.yaml.KeyPath;
import java.util.Set;

/**
 * The configuration values that are secrets: everything under {@code secret_configs}, and the
 * registry and Kubernetes passwords. They are masked in dumps and never shown in messages.
 */
public final class SecretPaths {

    private static final Set<KeyPath> PASSWORDS = Set.of(
            KeyPath.of("registry", "password"), KeyPath.of("kubernetes", "password"));
    private static final KeyPath SECRET_CONFIGS = KeyPath.of("secret_configs");

    private SecretPaths() {
    }

    /** True when the value at {@code path} (or a value it is part of) is a secret. */
    public static boolean isSecret(KeyPath path) {
        return path.startsWith(SECRET_CONFIGS) || PASSWORDS.stream().anyMatch(path::startsWith);
    }
}
