package dev.ccp.dsl.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A secret of a definition ({@code secrets.<key>}): a Kubernetes Secret created by the deploy
 * and mounted into the containers whose commands list the key.
 *
 * @param path   the mount path inside the container
 * @param secret which Secret and how it is projected
 * @param type   the Secret type, null for Opaque
 * @param data   the Secret's data, empty when not given
 */
public record SecretSpec(String path, SecretVolume secret, String type, Map<String, String> data) {

    public SecretSpec {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(secret, "secret");
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }
}
