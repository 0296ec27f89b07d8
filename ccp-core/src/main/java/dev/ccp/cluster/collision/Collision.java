package dev.ccp.cluster.collision;

import java.util.Objects;

/** Two environments claiming the same host or cluster-wide resource. */
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

    /** The config key of {@code ours} that decides the clashing value, for the problem report. */
    public String configKey() {
        return switch (ours.resource()) {
            case NODE_PORT -> "configs";
            case HOST_PORT, HOST_PATH -> "nodes";
            case INGRESS_HOST -> "configs.ingress.domain";
        };
    }

    /** What the operator of {@code ours} can change so that the two no longer clash. */
    public String advice() {
        String environment = ours.environment();
        return switch (ours.resource()) {
            case NODE_PORT -> "give " + ours.owner() + " of environment " + environment
                    + " another node port (the `node` of that port in its configs) or leave it unset";
            case HOST_PORT -> "place " + ours.owner() + " of environment " + environment
                    + " on other nodes (its topology) or change the port";
            case HOST_PATH -> "place " + ours.owner() + " of environment " + environment
                    + " on other nodes (its topology) or change the host path";
            case INGRESS_HOST -> "give environment " + environment + " another configs.ingress.domain";
        };
    }

    private String nodes() {
        if (ours.resource().clusterWide()) {
            return "";
        }
        var common = new java.util.TreeSet<>(ours.nodes().isEmpty() ? theirs.nodes() : ours.nodes());
        if (!ours.nodes().isEmpty() && !theirs.nodes().isEmpty()) {
            common.retainAll(theirs.nodes());
        }
        return common.isEmpty() ? " (any node)" : " (on " + String.join(", ", common) + ")";
    }
}
