package dev.ccp.entrypoint.variables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.ccp.entrypoint.AgentEnvironment;
import dev.ccp.entrypoint.testing.EtcFixture;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContainerVariablesTest {

    private static final NetworkInterfaces NO_INTERFACES = name -> Optional.empty();

    @TempDir
    Path etc;

    private ContainerVariables variables(NetworkInterfaces interfaces) {
        Map<String, String> env = new HashMap<>();
        env.put("CCP_ETC_DIR", etc.toString());
        env.put("CCP_NODE_NAME", "node1");
        env.put("CCP_POD_NAME", "pod1");
        env.put("CPU_LIMIT", "4");
        env.put("MEMORY_LIMIT", "7859277824");
        AgentEnvironment environment = AgentEnvironment.from(env);
        return new ContainerVariables(new EtcLayout(environment.etcDir()), environment, interfaces);
    }

    @Test
    void globalsAloneGiveTheDocumentedVariables() {
        new EtcFixture(etc).globals(Map.of("glob", "glob_val"));

        Map<String, Object> result = variables(NO_INTERFACES).forRole("role");

        Map<String, Object> loopback = Map.of("iface", "eth0", "address", "127.0.0.1");
        Map<String, Object> expected = new HashMap<>();
        expected.put("glob", "glob_val");
        expected.put("role_name", "role");
        expected.put("network_topology", Map.of("private", loopback, "public", loopback));
        expected.put("node_name", "node1");
        expected.put("pod_name", "pod1");
        expected.put("cpu_limit", "4");
        expected.put("memory_limit", "7859277824");
        expected.put("service_name", null);
        assertThat(result).isEqualTo(expected);
    }

    @Test
    void secretsThenServiceConfigMergeOverGlobals() {
        new EtcFixture(etc)
                .globals(Map.of("db", Map.of("host", "a", "port", 1), "keep", "g"))
                .globalSecrets(Map.of("db", Map.of("password", "s", "host", "b")))
                .serviceConfig(Map.of("db", Map.of("host", "c")));

        Map<String, Object> result = variables(NO_INTERFACES).forRole("role");

        assertThat(result).contains(entry("db", Map.of("host", "c", "port", 1, "password", "s")),
                entry("keep", "g"));
    }

    @Test
    void matchingNodeConfigsMergeInSortedKeyOrder() {
        // node[1-2] sorts before node[1-3], so node[1-3] is merged last and wins.
        new EtcFixture(etc)
                .globals(Map.of(
                        "n", List.of("x"),
                        "a", Map.of("b", Map.of("c", "global", "g", "kept")),
                        "r", "scalar"))
                .nodesConfig(Map.of(
                        "node[1-2]", Map.of("n", List.of("m"), "a", Map.of("b", Map.of("c", "node12"))),
                        "node[1-3]", Map.of(
                                "n", List.of("o", "p"),
                                "a", Map.of("b", Map.of("c", "node13", "u", "added"), "w", "added"),
                                "r", Map.of("ad", List.of("x", "y"))),
                        "node[4-5]", Map.of("n", List.of("never"))));

        Map<String, Object> result = variables(NO_INTERFACES).forRole("role");

        assertThat(result.get("n")).isEqualTo(List.of("o", "p"));
        assertThat(result.get("a")).isEqualTo(Map.of(
                "b", Map.of("c", "node13", "g", "kept", "u", "added"),
                "w", "added"));
        assertThat(result.get("r")).isEqualTo(Map.of("ad", List.of("x", "y")));
    }

    @Test
    void nodePatternsAreStartAnchoredOnly() {
        new EtcFixture(etc).globals(Map.of("v", 0)).nodesConfig(Map.of("node", Map.of("v", 1), "ode1", Map.of("v", 2)));

        assertThat(variables(NO_INTERFACES).forRole("role")).containsEntry("v", 1);
    }

    @Test
    void hostNetworkingUsesTheConfiguredInterfaces() {
        new EtcFixture(etc)
                .globals(Map.of("private_interface", "ens3", "public_interface", "ens4"))
                .meta(Map.of("host-net", true, "service-name", "keystone"));
        NetworkInterfaces interfaces = name -> name.equals("ens3") ? Optional.of("10.0.0.5") : Optional.empty();

        Map<String, Object> result = variables(interfaces).forRole("keystone");

        assertThat(result.get("network_topology")).isEqualTo(Map.of(
                "private", Map.of("iface", "ens3", "address", "10.0.0.5"),
                "public", Map.of("iface", "ens4", "address", "127.0.0.1")));
        assertThat(result).containsEntry("service_name", "keystone");
    }

    @Test
    void withoutHostNetworkingBothSidesAreEth0() {
        new EtcFixture(etc)
                .globals(Map.of("private_interface", "ens3"))
                .meta(Map.of("host-net", false, "service-name", "keystone"));
        NetworkInterfaces interfaces = name -> name.equals("eth0") ? Optional.of("172.17.0.2") : Optional.empty();

        Map<String, Object> eth0 = Map.of("iface", "eth0", "address", "172.17.0.2");
        assertThat(variables(interfaces).forRole("keystone").get("network_topology"))
                .isEqualTo(Map.of("private", eth0, "public", eth0));
    }
}
