package dev.ccp.cluster.cleanup;

import dev.ccp.cluster.ObjectRef;
import java.util.List;

/**
 * What a cleanup did: the objects deleted by label, whether the namespace existed, and the
 * objects whose finalizers were removed by {@code --force}.
 */
public record CleanupResult(List<ObjectRef> deleted, boolean namespaceFound, List<ObjectRef> forced) {

    public CleanupResult {
        deleted = List.copyOf(deleted);
        forced = List.copyOf(forced);
    }
}
