package dev.ccp.builders.engine;

import java.util.Map;
import java.util.Optional;

/** What the builder asks a registry: the labels of an image there. */
public interface RemoteImages {

    /**
     * The labels of {@code namespace/name:tag} in {@code registry}; empty when the registry has
     * no such tag or cannot be asked (the push then reports the real problem).
     */
    Optional<Map<String, String>> labels(String registry, String path, String tag);
}
