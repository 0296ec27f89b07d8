package dev.ccp.dsl.service;

import java.util.List;
import java.util.Objects;

/**
 * The {@code secret} block of a definition's secret: which Secret to mount and how.
 *
 * @param secretName  the Kubernetes Secret
 * @param defaultMode the default file mode (from an octal permission such as {@code 0400}), or null
 * @param items       projected keys, empty for all keys
 */
public record SecretVolume(String secretName, Integer defaultMode, List<SecretItem> items) {

    public SecretVolume {
        Objects.requireNonNull(secretName, "secretName");
        items = List.copyOf(items);
    }
}
