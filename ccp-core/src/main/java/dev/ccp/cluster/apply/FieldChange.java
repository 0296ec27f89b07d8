package dev.ccp.cluster.apply;

import java.util.Objects;
import java.util.Optional;

/**
 * One changed field of an object: its dotted path ({@code spec.template.spec.containers[0].image})
 * and the live and desired values, printed compactly; empty when absent. Values of Secrets are
 * never kept: a changed Secret field has {@code redacted} set and both values empty.
 */
public record FieldChange(String path, Optional<String> before, Optional<String> after, boolean redacted) {

    public FieldChange {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    public static FieldChange redacted(String path) {
        return new FieldChange(path, Optional.empty(), Optional.empty(), true);
    }

    /** {@code spec.replicas: 1 -> 3}, {@code data.password: (changed)}, {@code data.x: (absent) -> "a"}. */
    public String describe() {
        if (redacted) {
            return path + ": (changed)";
        }
        return path + ": " + before.orElse("(absent)") + " -> " + after.orElse("(absent)");
    }
}
