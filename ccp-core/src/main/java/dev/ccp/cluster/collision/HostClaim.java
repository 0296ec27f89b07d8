package dev.ccp.cluster.collision;

import dev.ccp.cluster.ObjectRef;
import java.util.Objects;
import java.util.Set;

/**
 * Something only one environment may have: cluster-wide, a NodePort (open on every node) or an
 * Ingress host (one name routed by the cluster's ingress controller); on nodes, a host port or a
 * written host directory (the nodes its pods may run on; empty {@code nodes} means any node).
 */
public record HostClaim(Resource resource, String value, Set<String> nodes, String environment, ObjectRef owner) {

    /** What kind of host resource is claimed. */
    public enum Resource {
        NODE_PORT("NodePort", true), HOST_PORT("host port", false), HOST_PATH("hostPath", false),
        INGRESS_HOST("Ingress host", true);

        private final String label;
        private final boolean clusterWide;

        Resource(String label, boolean clusterWide) {
            this.label = label;
            this.clusterWide = clusterWide;
        }

        public String label() {
            return label;
        }

        /** True when the resource is the same on every node, so that any two claims clash. */
        public boolean clusterWide() {
            return clusterWide;
        }
    }

    public HostClaim {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(value, "value");
        nodes = Set.copyOf(nodes);
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(owner, "owner");
    }

    /** True when both claim the same thing cluster-wide or on at least one common node. */
    public boolean clashesWith(HostClaim other) {
        if (resource != other.resource || !value.equals(other.value)) {
            return false;
        }
        if (resource.clusterWide() || nodes.isEmpty() || other.nodes.isEmpty()) {
            return true;
        }
        return nodes.stream().anyMatch(other.nodes::contains);
    }
}
