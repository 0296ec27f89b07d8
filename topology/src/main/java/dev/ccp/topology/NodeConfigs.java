package dev.ccp.topology;

import dev.ccp.dsl.config.CcpConfig;
import dev.ccp.dsl.config.ConfigMerger;
import dev.ccp.dsl.yaml.PlainValues;
import java.util.Map;

/**
 * The per-node view of the configuration (REFERENCE 2.3 step 8, 8.1): the {@code configs} of
 * every {@code nodes} entry whose pattern matches a node, in key order, later keys winning. The
 * merge itself is {@link ConfigMerger}'s; this only binds it to one {@code nodes} section.
 *
 * @param nodes the {@code nodes} section
 */
public record NodeConfigs(Map<String, Object> nodes) {

    public NodeConfigs {
        nodes = PlainValues.immutableMap(nodes);
    }

    public static NodeConfigs of(CcpConfig config) {
        return new NodeConfigs(config.nodes());
    }

    /** The overrides {@code nodeName} gets from the {@code nodes} section; empty when no entry matches. */
    public Map<String, Object> overridesFor(String nodeName) {
        return ConfigMerger.nodeConfigs(nodes, nodeName);
    }

    /**
     * {@code base} with the overrides of {@code nodeName} merged over it. In a container
     * {@code base} is {@code configs} < {@code secret_configs} < the service's configs.
     */
    public Map<String, Object> applyTo(Map<String, ?> base, String nodeName) {
        return ConfigMerger.withNodeConfigs(base, nodes, nodeName);
    }
}
