package dev.ccp.cluster.preflight;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One resource ccp uses and, per verb in check order, whether the client may use it: allowed,
 * denied, or unknown (the server answered the SelfSubjectAccessReview without a status).
 */
public record PermissionRow(String resource, Map<String, Optional<Boolean>> verbs) {

    public PermissionRow {
        Objects.requireNonNull(resource, "resource");
        verbs = Collections.unmodifiableMap(new LinkedHashMap<>(verbs));
    }

    public boolean anyDenied() {
        return verbs.values().stream().anyMatch(v -> v.isPresent() && !v.get());
    }

    public boolean anyUnknown() {
        return verbs.values().stream().anyMatch(Optional::isEmpty);
    }

    /** {@code yes}, {@code no (delete)} or {@code unknown}: the table's "allowed" column. */
    public String allowed() {
        String denied = verbs.entrySet().stream().filter(e -> e.getValue().isPresent() && !e.getValue().get())
                .map(Map.Entry::getKey).collect(Collectors.joining(","));
        if (!denied.isEmpty()) {
            return "no (" + denied + ")";
        }
        return anyUnknown() ? "unknown" : "yes";
    }
}
