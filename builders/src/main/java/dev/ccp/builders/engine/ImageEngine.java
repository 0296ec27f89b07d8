package dev.ccp.builders.engine;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the builder needs from a Docker engine. Implementations report failures in the returned
 * outcome (never by printing); they check every response item for an error themselves.
 */
public interface ImageEngine extends AutoCloseable {

    /**
     * Builds an image and tags it; blocks until the build ends or {@code cancellation} fires.
     *
     * @param output receives each output line, ANSI codes stripped
     */
    BuildOutcome build(BuildRequest request, Consumer<String> output, Cancellation cancellation);

    /** Pushes {@code reference} ({@code registry/namespace/name:tag}); one attempt. */
    PushOutcome push(String reference, Optional<RegistryCredentials> credentials, Consumer<String> output);

    /** The labels of the local image {@code reference}; empty when there is no such image. */
    Optional<Map<String, String>> localLabels(String reference);

    /** Removes the local image {@code reference} if it exists (force). */
    void remove(String reference);

    @Override
    void close();
}
