package dev.ccp.renderer;

import dev.ccp.dsl.config.ImagesConfig;
import dev.ccp.dsl.config.RegistryConfig;
import java.util.Objects;
import java.util.Optional;

/**
 * Full image references (REFERENCE 4.3): {@code <registry>/<namespace>/<name>:<tag>}, the
 * namespace and tag from {@code images}, overridable per image by {@code images.image_specs};
 * no registry part when {@code registry.address} is empty.
 */
final class ImageReferences {

    private final ImagesConfig images;
    private final String registryAddress;

    ImageReferences(ImagesConfig images, RegistryConfig registry) {
        this.images = Objects.requireNonNull(images, "images");
        this.registryAddress = registry.address();
    }

    /** The reference of image {@code name} as definitions write it ({@code keystone}). */
    String of(String name) {
        Optional<ImagesConfig.ImageSpec> spec = Optional.ofNullable(images.imageSpecs().get(name));
        String namespace = spec.flatMap(ImagesConfig.ImageSpec::namespace).orElse(images.namespace());
        String tag = spec.flatMap(ImagesConfig.ImageSpec::tag).orElse(images.tag());
        String reference = namespace + "/" + name + ":" + tag;
        return registryAddress.isEmpty() ? reference : registryAddress + "/" + reference;
    }
}
