package dev.ccp.entrypoint.variables;

import dev.ccp.dsl.config.ConfigMerger;
import dev.ccp.dsl.jinja.python.PythonTruth;
import dev.ccp.entrypoint.AgentEnvironment;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the variables a container renders its files and commands with (REFERENCE 8.1): the
 * global configs, the global secrets and the service-level configs merged in that order, the
 * node-level configs of this node over them, then {@code role_name}, {@code node_name},
 * {@code pod_name}, {@code memory_limit}, {@code cpu_limit}, {@code network_topology} and
 * {@code service_name}.
 */
public final class ContainerVariables {

    /** Used when an interface is unknown or has no IPv4 address. */
    public static final String LOOPBACK = "127.0.0.1";
    private static final String DEFAULT_INTERFACE = "eth0";

    private final EtcLayout layout;
    private final AgentEnvironment environment;
    private final NetworkInterfaces interfaces;

    public ContainerVariables(EtcLayout layout, AgentEnvironment environment, NetworkInterfaces interfaces) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.environment = Objects.requireNonNull(environment, "environment");
        this.interfaces = Objects.requireNonNull(interfaces, "interfaces");
    }

    /** The variables of {@code role}, read afresh from the mounted files; insertion-ordered, unmodifiable. */
    public Map<String, Object> forRole(String role) {
        Objects.requireNonNull(role, "role");
        Map<String, Object> variables = JsonFiles.read(layout.globals());
        variables = ConfigMerger.overlay(variables, JsonFiles.readIfPresent(layout.globalSecrets()).orElse(Map.of()));
        variables = ConfigMerger.overlay(variables, JsonFiles.readIfPresent(layout.serviceConfig()).orElse(Map.of()));
        if (environment.nodeName() != null) {
            variables = ConfigMerger.overlay(variables, nodeConfigs(environment.nodeName()));
        }
        Map<String, Object> meta = JsonFiles.readIfPresent(layout.meta()).orElse(Map.of());
        Map<String, Object> result = new LinkedHashMap<>(variables);
        result.put("role_name", role);
        result.put("node_name", environment.nodeName());
        result.put("pod_name", environment.podName());
        result.put("memory_limit", environment.memoryLimit());
        result.put("cpu_limit", environment.cpuLimit());
        result.put("network_topology", networkTopology(meta, variables));
        result.put("service_name", meta.get("service-name"));
        return Collections.unmodifiableMap(result);
    }

    /**
     * The node configs file holds {@code {<node regex>: <configs>}}; the matching entries,
     * sorted by key, merge over each other ({@link ConfigMerger#nodeConfigs}).
     */
    private Map<String, Object> nodeConfigs(String nodeName) {
        Map<String, Object> nodesConfig = JsonFiles.readIfPresent(layout.nodesConfig()).orElse(Map.of());
        Map<String, Object> asNodesSection = new LinkedHashMap<>();
        nodesConfig.forEach((pattern, configs) -> asNodesSection.put(pattern, Map.of("configs", configs)));
        return ConfigMerger.nodeConfigs(asNodesSection, nodeName);
    }

    /**
     * With host networking: {@code private}/{@code public} name the configured
     * {@code private_interface}/{@code public_interface}; otherwise both are {@code eth0}.
     */
    private Map<String, Object> networkTopology(Map<String, Object> meta, Map<String, Object> variables) {
        String privateInterface = DEFAULT_INTERFACE;
        String publicInterface = DEFAULT_INTERFACE;
        if (PythonTruth.isTrue(meta.get("host-net"))) {
            privateInterface = String.valueOf(variables.get("private_interface"));
            publicInterface = String.valueOf(variables.get("public_interface"));
        }
        Map<String, Object> topology = new LinkedHashMap<>();
        topology.put("private", endpoint(privateInterface));
        topology.put("public", endpoint(publicInterface));
        return Collections.unmodifiableMap(topology);
    }

    private Map<String, Object> endpoint(String name) {
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("iface", name);
        endpoint.put("address", interfaces.ipv4(name).orElse(LOOPBACK));
        return Collections.unmodifiableMap(endpoint);
    }
}
