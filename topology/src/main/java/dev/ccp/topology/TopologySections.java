package dev.ccp.topology;

import dev.ccp.dsl.config.CcpConfig;
import dev.ccp.dsl.yaml.PlainValues;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The configuration sections the topology is made from (REFERENCE 3), as plain values.
 *
 * @param nodes    node-name regular expression to a mapping with {@code roles} (a list of role
 *                 names) and {@code configs} (overrides of {@code configs} for those nodes)
 * @param roles    role name to the services it runs
 * @param replicas service name to its number of replicas
 * @param configs  the global {@code configs}, which node configs may only override
 */
public record TopologySections(Map<String, Object> nodes, Map<String, List<String>> roles,
        Map<String, Integer> replicas, Map<String, Object> configs) {

    public TopologySections {
        nodes = PlainValues.immutableMap(nodes);
        Map<String, List<String>> rolesCopy = new LinkedHashMap<>();
        roles.forEach((role, services) -> rolesCopy.put(role, List.copyOf(services)));
        roles = Collections.unmodifiableMap(rolesCopy);
        Map<String, Integer> replicasCopy = new LinkedHashMap<>();
        replicas.forEach((service, count) -> replicasCopy.put(service, Objects.requireNonNull(count, service)));
        replicas = Collections.unmodifiableMap(replicasCopy);
        configs = PlainValues.immutableMap(configs);
    }

    /** The sections of a loaded configuration. */
    public static TopologySections of(CcpConfig config) {
        return new TopologySections(config.nodes(), config.roles(), config.replicas(), config.configs());
    }
}
