package dev.ccp.cluster.preflight;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether the registry holds an image a deploy will use.
 *
 * @param reference the full reference, as the pods name it ({@code 127.0.0.1:31500/ccp/keystone:latest})
 * @param present   true (the manifest is there), false (the registry said 404), empty when the
 *                  registry answered something else or not at all
 * @param detail    what the registry answered ({@code HTTP 200}, {@code HTTP 401}, a connection error)
 */
public record ImageAnswer(String reference, Optional<Boolean> present, String detail) {

    public ImageAnswer {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(present, "present");
        Objects.requireNonNull(detail, "detail");
    }

    public boolean missing() {
        return present.isPresent() && !present.get();
    }

    public boolean unknown() {
        return present.isEmpty();
    }

    /** {@code yes}, {@code MISSING} or {@code unknown (HTTP 401)}: the table's "present" column. */
    public String status() {
        return present.map(found -> found ? "yes" : "MISSING").orElse("unknown (" + detail + ")");
    }
}
