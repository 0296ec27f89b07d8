package dev.ccp.builders.image;

import dev.ccp.dsl.config.ImagesConfig;
import java.util.Objects;

/**
 * Names images as REFERENCE 4.3 does: namespace and tag from {@code images}, overridable per
 * image by {@code images.image_specs}, with the registry prefix given at construction (the
 * builder uses it only when pushing, REFERENCE 5 step 2).
 */
public final class ImageNaming {

    private final ImagesConfig images;
    private final String registry;

    public ImageNaming(ImagesConfig images, String registry) {
        this.images = Objects.requireNonNull(images, "images");
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    public ImageName nameOf(String image) {
        ImagesConfig.ImageSpec spec = images.imageSpecs().get(image);
        String namespace = spec == null ? images.namespace() : spec.namespace().orElse(images.namespace());
        String tag = spec == null ? images.tag() : spec.tag().orElse(images.tag());
        return new ImageName(registry, namespace, image, tag);
    }
}
