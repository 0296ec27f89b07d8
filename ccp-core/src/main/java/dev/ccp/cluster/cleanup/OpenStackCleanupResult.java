package dev.ccp.cluster.cleanup;

import dev.ccp.openstack.OpenStackResource;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What the OpenStack part of a cleanup deleted, per kind in deletion order, and which services
 * it skipped because the catalog has no endpoint for them.
 */
public record OpenStackCleanupResult(Map<OpenStackResourceKind, List<OpenStackResource>> deleted,
        List<String> skipped) {

    public OpenStackCleanupResult {
        Map<OpenStackResourceKind, List<OpenStackResource>> copy = new EnumMap<>(OpenStackResourceKind.class);
        deleted.forEach((kind, resources) -> copy.put(kind, List.copyOf(resources)));
        deleted = Collections.unmodifiableMap(copy);
        skipped = List.copyOf(skipped);
    }

    public List<OpenStackResource> deleted(OpenStackResourceKind kind) {
        return deleted.getOrDefault(kind, List.of());
    }

    /** {@code deleted 2 servers, 1 image, 3 ports}, or {@code nothing to delete}. */
    public String summary() {
        StringJoiner counts = new StringJoiner(", ", "deleted ", "");
        counts.setEmptyValue("nothing to delete");
        for (OpenStackResourceKind kind : OpenStackResourceKind.values()) {
            int count = deleted(kind).size();
            if (count > 0) {
                counts.add(kind.count(count));
            }
        }
        return counts.toString();
    }
}
