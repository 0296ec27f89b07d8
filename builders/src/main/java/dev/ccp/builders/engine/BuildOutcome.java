package dev.ccp.builders.engine;

import java.util.Objects;
import java.util.Optional;

/**
 * How a build ended.
 *
 * @param imageId the built image's id; empty when the build failed
 * @param error   what went wrong; empty on success
 */
public record BuildOutcome(Optional<String> imageId, Optional<String> error) {

    public BuildOutcome {
        Objects.requireNonNull(imageId, "imageId");
        Objects.requireNonNull(error, "error");
    }

    public static BuildOutcome success(String imageId) {
        return new BuildOutcome(Optional.of(imageId), Optional.empty());
    }

    public static BuildOutcome failure(String error) {
        return new BuildOutcome(Optional.empty(), Optional.of(error));
    }

    public boolean succeeded() {
        return error.isEmpty() && imageId.isPresent();
    }
}
