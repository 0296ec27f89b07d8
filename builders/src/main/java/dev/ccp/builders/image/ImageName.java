package dev.ccp.builders.image;

import java.util.Objects;

/**
 * The full name of an image: {@code [registry/]namespace/name:tag}.
 *
 * @param registry  {@code host:port}, empty when the image is named without a registry
 * @param namespace the namespace ({@code ccp})
 * @param name      the image name ({@code keystone})
 * @param tag       the tag ({@code latest})
 */
public record ImageName(String registry, String namespace, String name, String tag) {

    public ImageName {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tag, "tag");
    }

    /** The repository part without the tag: {@code registry/namespace/name}. */
    public String repository() {
        return (registry.isEmpty() ? "" : registry + "/") + namespace + "/" + name;
    }

    /** The repository path inside the registry: {@code namespace/name}. */
    public String registryPath() {
        return namespace + "/" + name;
    }

    /** {@code registry/namespace/name:tag}. */
    public String reference() {
        return repository() + ":" + tag;
    }

    @Override
    public String toString() {
        return reference();
    }
}
