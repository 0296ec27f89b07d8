package dev.ccp.dsl.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.yaml.ConfigTree;
import dev.ccp.dsl.yaml.KeyPath;
import dev.ccp.dsl.yaml.Origin;
import dev.ccp.dsl.yaml.YamlFileLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigMergerTest {

    @TempDir
    Path dir;

    private TestFiles files;
    private HostEnvironment host;

    @BeforeEach
    void setUp() {
        files = new TestFiles(dir);
        host = new HostEnvironment(files.mkdirs("home"), 2, files.mkdirs("components"));
    }

    private ConfigTree tree(String name, String yaml, String layer) {
        return ConfigMerger.merge(new YamlFileLoader(layer).load(files.write(name, yaml)));
    }

    @Test
    void userIncludeOverridesComponentDefaultOverridesGlobalDefault() {
        Path component = files.write("components/keystone/service/files/defaults.yaml", """
                configs:
                  ingress:
                    port: 9443
                  keystone:
                    admin_port: 35357
                """);
        Path include = files.write("conf/ingress.yaml", "configs:\n  ingress:\n    port: 10443\n");
        Path main = files.write("conf/ccp.yaml", "debug: true\n---\n!include\n- ingress.yaml\n");
        LoadedConfig loaded = new ConfigLoader(new ConfigFileLocator(files.mkdirs("etc")))
                .load(Optional.of(main), host);
        ConfigTree tree = loaded.tree();

        assertThat(tree.valueAt(KeyPath.of("configs", "ingress", "port"))).contains(10443);
        assertThat(tree.originOf(KeyPath.of("configs", "ingress", "port"))).contains(new Origin("", include.toString(), 3));
        assertThat(tree.originOf(KeyPath.of("configs", "keystone", "admin_port")))
                .contains(new Origin(ConfigLayers.COMPONENT_DEFAULTS, component.toString(), 5));
        assertThat(tree.originOf(KeyPath.of("configs", "ingress", "domain"))).contains(Origin.builtIn("global defaults"));

        String explained = ConfigDumper.dumpExplained(tree);
        assertThat(explained)
                .contains("    port: 10443  # " + include + ":3\n")
                .contains("    admin_port: 35357  # component defaults: " + component + ":5\n")
                .contains("    domain: external  # global defaults\n")
                .contains("debug: true  # " + main + ":1\n")
                .doesNotContain("port: 9443").doesNotContain("port: 8443");
    }

    @Test
    void userSourcesReplaceAComponentDefaultEntryWholesale() {
        ConfigTree defaults = tree("defaults.yaml", "sources: {}\n", "global defaults");
        ConfigTree component = tree("c.yaml", """
                sources:
                  openstack/keystone:
                    git_url: https://git.openstack.org/openstack/keystone.git
                    git_ref: stable/ocata
                  openstack/nova:
                    git_url: https://git.openstack.org/openstack/nova.git
                    git_ref: stable/ocata
                """, ConfigLayers.COMPONENT_DEFAULTS);
        ConfigTree user = tree("u.yaml", "sources:\n  openstack/keystone:\n    source_dir: /tmp/keystone\n", "");
        ConfigTree merged = ConfigMerger.mergeLayers(defaults, List.of(component), user);
        assertThat(merged.valueAt(KeyPath.of("sources"))).contains(Map.of(
                "openstack/keystone", Map.of("source_dir", "/tmp/keystone"),
                "openstack/nova", Map.of("git_url", "https://git.openstack.org/openstack/nova.git", "git_ref", "stable/ocata")));
        assertThat(ConfigValidator.validate(merged)).isEmpty();
    }

    @Test
    void componentDefaultsMergeDeeplyAmongThemselvesInRepositoryOrder() {
        ConfigTree first = tree("a.yaml", "configs:\n  db:\n    user: a\n    port: 1\n", ConfigLayers.COMPONENT_DEFAULTS);
        ConfigTree second = tree("b.yaml", "configs:\n  db:\n    port: 2\n", ConfigLayers.COMPONENT_DEFAULTS);
        ConfigTree merged = ConfigMerger.mergeLayers(ConfigTree.empty(), List.of(first, second), ConfigTree.empty());
        assertThat(merged.valueAt(KeyPath.of("configs", "db"))).contains(Map.of("user", "a", "port", 2));
    }

    @Test
    void derivedValuesSitBelowTheUserLayer() {
        ConfigTree defaults = GlobalDefaults.load(host);
        ConfigTree user = tree("u.yaml", """
                kubernetes:
                  namespace: ccp-2
                  cluster_domain: example.local
                services:
                  database:
                    service_def: galera
                """, "");
        ConfigTree merged = ConfigMerger.mergeLayers(defaults, List.of(), user);
        assertThat(merged.valueAt(KeyPath.of("configs", "namespace"))).contains("ccp-2");
        assertThat(merged.valueAt(KeyPath.of("configs", "cluster_domain"))).contains("example.local");
        assertThat(merged.valueAt(KeyPath.of("configs", "services"))).contains(Map.of("database", Map.of("service_def", "galera")));
        assertThat(merged.originOf(KeyPath.of("configs", "namespace")).map(Origin::describe))
                .contains("copied from kubernetes.namespace: " + dir.resolve("u.yaml") + ":2");
        assertThat(merged.originOf(KeyPath.of("configs", "services", "database", "service_def")).map(Origin::line)).contains(6);

        ConfigTree overriding = tree("o.yaml", "configs:\n  namespace: mine\n", "");
        assertThat(ConfigMerger.mergeLayers(defaults, List.of(), overriding).valueAt(KeyPath.of("configs", "namespace")))
                .contains("mine");
    }

    @Test
    void aMappingMayBeReplacedByAScalarAndBack() {
        ConfigTree lower = tree("l.yaml", "a:\n  b: 1\nc: 5\n", "");
        ConfigTree upper = tree("u.yaml", "a: off\nc:\n  d: 1\n", "");
        ConfigTree merged = ConfigMerger.overlay(lower, upper);
        assertThat(merged.values()).isEqualTo(Map.of("a", false, "c", Map.of("d", 1)));
        assertThat(merged.originOf(KeyPath.of("a", "b"))).as("no origin survives for a value that is gone")
                .contains(new Origin("", dir.resolve("u.yaml").toString(), 1));
    }

    @Test
    void listsAreReplacedNotConcatenatedAndKeysKeepTheirPlace() {
        ConfigTree lower = tree("l.yaml", "first: [1, 2]\nsecond: x\n", "");
        ConfigTree upper = tree("u.yaml", "third: y\nfirst: [3]\n", "");
        ConfigTree merged = ConfigMerger.overlay(lower, upper);
        assertThat(merged.values()).containsExactly(Map.entry("first", List.of(3)), Map.entry("second", "x"),
                Map.entry("third", "y"));
        assertThat(merged.originOf(KeyPath.of("first").index(0)).map(Origin::file)).contains(dir.resolve("u.yaml").toString());
    }

    /** The docs' example: test = 2 under node[1-3] and 4 under node[2-4]; keys apply in lexicographic order. */
    @ParameterizedTest(name = "{0} gets test={1}")
    @CsvSource({"node1,2", "node2,4", "node3,4", "node4,4", "node10,2", "node5,"})
    void nodeConfigsApplyInLexicographicKeyOrder(String node, Integer expected) {
        Map<String, Object> nodes = Map.of(
                "node[2-4]", Map.of("configs", Map.of("test", 4)),
                "node[1-3]", Map.of("roles", List.of("controller"), "configs", Map.of("test", 2)));
        Map<String, Object> base = Map.of("test", 1, "other", "kept");
        Map<String, Object> merged = ConfigMerger.withNodeConfigs(base, nodes, node);
        assertThat(merged.get("test")).isEqualTo(expected == null ? 1 : expected);
        assertThat(merged.get("other")).isEqualTo("kept");
    }

    @Test
    void nodeRegexesAreAnchoredAtTheStartOnly() {
        assertThat(ConfigMerger.matchesNode("node1", "node10")).isTrue();
        assertThat(ConfigMerger.matchesNode("node1$", "node10")).isFalse();
        assertThat(ConfigMerger.matchesNode("ode1", "node1")).isFalse();
        assertThatThrownBy(() -> ConfigMerger.matchesNode("node[1", "node1")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("nodes[\"node[1\"]: invalid regular expression");
    }

    /** REFERENCE 8.1: node[1-2] and node[1-3] both match node1; node[1-3] is applied last. */
    @Test
    void nodeConfigsReplaceListsMergeMappingsAndReplaceScalarsByMappings() {
        Map<String, Object> variables = Map.of(
                "n", List.of("m"),
                "a", Map.of("b", Map.of("c", "d", "g", "h")),
                "r", "scalar",
                "glob", "glob_val");
        Map<String, Object> nodes = Map.of(
                "node[1-3]", Map.of("configs", Map.of(
                        "n", List.of("o", "p"),
                        "a", Map.of("b", Map.of("c", "e", "u", "v")),
                        "r", Map.of("ad", List.of("ae", "af")))),
                "node[1-2]", Map.of("configs", Map.of(
                        "n", List.of("q"),
                        "a", Map.of("b", Map.of("c", "x"), "w", "z"))));
        Map<String, Object> merged = ConfigMerger.withNodeConfigs(variables, nodes, "node1");
        assertThat(merged).isEqualTo(Map.of(
                "n", List.of("o", "p"),
                "a", Map.of("b", Map.of("c", "e", "g", "h", "u", "v"), "w", "z"),
                "r", Map.of("ad", List.of("ae", "af")),
                "glob", "glob_val"));
    }

    @Test
    void serviceConfigsTakeTheMappedServicesOnTop() {
        Map<String, Object> services = Map.of(
                "keystone", Map.of("service_def", "keystone",
                        "mapping", Map.of("database", "keystone-db"),
                        "configs", Map.of("keystone", Map.of("debug", true), "percona", Map.of("cluster_size", 3))),
                "keystone-db", Map.of("service_def", "galera", "configs", Map.of("percona", Map.of("cluster_size", 1))));
        assertThat(ConfigMerger.serviceConfigs(services, "keystone")).isEqualTo(Map.of(
                "keystone", Map.of("debug", true), "percona", Map.of("cluster_size", 1)));
        assertThat(ConfigMerger.serviceConfigs(services, "unknown")).isEmpty();
    }

    @Test
    void serviceMappingCyclesEnd() {
        Map<String, Object> services = Map.of(
                "a", Map.of("service_def", "x", "mapping", Map.of("db", "b"), "configs", Map.of("from", "a", "a", 1)),
                "b", Map.of("service_def", "y", "mapping", Map.of("db", "a"), "configs", Map.of("from", "b", "b", 1)));
        assertThat(ConfigMerger.serviceConfigs(services, "a")).isEqualTo(Map.of("from", "b", "a", 1, "b", 1));
    }
}
