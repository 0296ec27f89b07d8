package dev.ccp.cluster.collision;

import dev.ccp.cluster.ObjectRef;
import java.util.Objects;
import java.util.Set;

/**
 * Something on the hosts only one environment may have: a NodePort (every node), a host port or
 * a written host directory (the nodes its pods may run on; empty {@code nodes} means any node).
 */
public record HostClaim(Resource resource, String value, Set<String> nodes, String environment, ObjectRef owner) {

    /** What kind of host resource is claimed. */
    public enum Resource {
        NODE_PORT("NodePort"), HOST_PORT("host port"), HOST_PATH("hostPath");

        private final String label;

        Resource(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public HostClaim {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(value, "value");
        nodes = Set.copyOf(nodes);
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(owner, "owner");
    }

    /** True when both claim the same thing on at least one common node. */
    public boolean clashesWith(HostClaim other) {
        if (resource != other.resource || !value.equals(other.value)) {
            return false;
        }
        if (resource == Resource.NODE_PORT || nodes.isEmpty() || other.nodes.isEmpty()) {
            return true;
        }
        return nodes.stream().anyMatch(other.nodes::contains);
    }
}
