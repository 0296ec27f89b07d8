package dev.ccp.dsl.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code images} section: how images are named and what they are built from.
 *
 * @param namespace   the image namespace ({@code ccp})
 * @param tag         the tag of built images
 * @param baseDistro  the base image name ({@code debian})
 * @param baseTag     the base image tag ({@code bookworm})
 * @param baseImages  the images built directly on the base distribution
 * @param maintainer  the maintainer label of built images
 * @param imageSpecs  per-image overrides of namespace and tag
 */
public record ImagesConfig(String namespace, String tag, String baseDistro, String baseTag, List<String> baseImages,
        String maintainer, Map<String, ImageSpec> imageSpecs) {

    public ImagesConfig {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(baseDistro, "baseDistro");
        Objects.requireNonNull(baseTag, "baseTag");
        baseImages = List.copyOf(baseImages);
        Objects.requireNonNull(maintainer, "maintainer");
        imageSpecs = Collections.unmodifiableMap(new LinkedHashMap<>(imageSpecs));
    }

    /**
     * One entry of {@code images.image_specs}.
     *
     * @param namespace replaces {@link ImagesConfig#namespace()} for this image when present
     * @param tag       replaces {@link ImagesConfig#tag()} for this image when present
     */
    public record ImageSpec(Optional<String> namespace, Optional<String> tag) {

        public ImageSpec {
            Objects.requireNonNull(namespace, "namespace");
            Objects.requireNonNull(tag, "tag");
        }
    }
}
