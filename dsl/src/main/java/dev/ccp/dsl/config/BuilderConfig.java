package dev.ccp.dsl.config;

import java.util.Objects;

/**
 * The {@code builder} section: how images are built.
 *
 * @param workers                   how many images to build at once
 * @param keepImageTreeConsistency  rebuild the images built on a rebuilt image
 * @param buildBaseImagesIfNotExist build missing base images first
 * @param push                      push built images to the registry
 * @param noCache                   build without the Docker cache
 * @param dockerBaseUrl             the Docker daemon address ({@code unix://var/run/docker.sock})
 */
public record BuilderConfig(int workers, boolean keepImageTreeConsistency, boolean buildBaseImagesIfNotExist,
        boolean push, boolean noCache, String dockerBaseUrl) {

    public BuilderConfig {
        Objects.requireNonNull(dockerBaseUrl, "dockerBaseUrl");
    }
}
