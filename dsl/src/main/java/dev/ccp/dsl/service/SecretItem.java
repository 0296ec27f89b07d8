package dev.ccp.dsl.service;

import java.util.Objects;

/**
 * One projected key of a Kubernetes secret volume ({@code secret.items[]}).
 *
 * @param key  the key in the Secret
 * @param path the relative file path in the volume
 * @param mode the file mode (from an octal permission such as {@code 0400}), or null
 */
public record SecretItem(String key, String path, Integer mode) {

    public SecretItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(path, "path");
    }
}
