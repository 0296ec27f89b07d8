package dev.ccp.builders.engine;

import java.util.Objects;
import java.util.Optional;

/**
 * How one push attempt ended.
 *
 * @param error what went wrong; empty when the registry accepted the image
 */
public record PushOutcome(Optional<String> error) {

    public PushOutcome {
        Objects.requireNonNull(error, "error");
    }

    public static PushOutcome success() {
        return new PushOutcome(Optional.empty());
    }

    public static PushOutcome failure(String error) {
        return new PushOutcome(Optional.of(error));
    }

    public boolean succeeded() {
        return error.isEmpty();
    }
}
