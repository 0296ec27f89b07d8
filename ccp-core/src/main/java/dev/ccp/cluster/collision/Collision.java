package dev.ccp.cluster.collision;

import java.util.Objects;

/** Two environments claiming the same host resource. */
public record Collision(HostClaim ours, HostClaim theirs) {

    public Collision {
        Objects.requireNonNull(ours, "ours");
        Objects.requireNonNull(theirs, "theirs");
    }

    /** {@code NodePort 31234: Service/keystone of environment ccp-5 and Service/keystone of environment ccp-4}. */
    public String describe() {
        return ours.resource().label() + " " + ours.value() + ": " + ours.owner() + " of environment "
                + ours.environment() + " and " + theirs.owner() + " of environment " + theirs.environment()
                + nodes();
    }

    private String nodes() {
        if (ours.resource() == HostClaim.Resource.NODE_PORT) {
            return "";
        }
        var common = new java.util.TreeSet<>(ours.nodes().isEmpty() ? theirs.nodes() : ours.nodes());
        if (!ours.nodes().isEmpty() && !theirs.nodes().isEmpty()) {
            common.retainAll(theirs.nodes());
        }
        return common.isEmpty() ? " (any node)" : " (on " + String.join(", ", common) + ")";
    }
}
