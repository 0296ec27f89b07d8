package dev.ccp.dsl.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.dsl.component.ComponentRepository;
import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.yaml.KeyPath;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    private TestFiles files;
    private HostEnvironment host;
    private ConfigLoader loader;

    @BeforeEach
    void setUp() {
        files = new TestFiles(dir);
        host = new HostEnvironment(files.mkdirs("home"), 4, files.mkdirs("components"));
        loader = new ConfigLoader(new ConfigFileLocator(files.mkdirs("etc")));
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ConfigLoaderTest.class.getResource("/config/" + name).toURI());
    }

    /** The seed's "Deploying Multiple Parallel Environments": three configs sharing includes. */
    @ParameterizedTest(name = "environment {0}")
    @CsvSource({"1,node1,node[2-3]", "2,node4,node[5-6]", "3,node7,node[8-9]"})
    void parallelEnvironmentsShareIncludesAndGetTheirOwnNamespace(int number, String controller, String computes)
            throws URISyntaxException {
        LoadedConfig loaded = loader.load(Optional.of(resource("parallel-envs/ccp-cli-config-" + number + ".yaml")), host);
        CcpConfig config = loaded.config();

        assertThat(config.kubernetes().namespace()).isEqualTo("ccp-" + number);
        assertThat(config.configs()).containsEntry("namespace", "ccp-" + number)
                .containsEntry("private_interface", "eth0")
                .containsEntry("neutron_external_interface", "eth2");
        assertThat(config.nodes()).containsOnlyKeys("node[1,2-3,4,5-6,7,8-9]", controller, computes);
        assertThat(config.nodes().get(computes)).isEqualTo(Map.of("roles", List.of("openvswitch", "compute")));
        assertThat(config.roles()).containsOnlyKeys("controller-net-host", "controller-net-bridge", "compute", "openvswitch");
        assertThat(config.roles().get("compute")).containsExactly("nova-compute", "nova-libvirt");
        assertThat(config.builder().push()).isTrue();
        assertThat(config.registry().address()).isEqualTo("127.0.0.1:31500");
        assertThat(config.repositories().path()).isEqualTo(Path.of("/tmp/ccp-repos"));
        assertThat(config.repositories().skipEmpty()).isTrue();
        assertThat(loaded.configFile()).contains(resource("parallel-envs/ccp-cli-config-" + number + ".yaml"));
    }

    @Test
    void withoutAConfigFileOnlyDefaultsApply() {
        LoadedConfig loaded = loader.load(Optional.empty(), host);
        assertThat(loaded.configFile()).isEmpty();
        assertThat(loaded.config().kubernetes().namespace()).isEqualTo("ccp");
        assertThat(loaded.config().configs()).containsEntry("namespace", "ccp").containsEntry("cluster_domain", "cluster.local");
        assertThat(loaded.repositories()).isEmpty();
    }

    @Test
    void theFirstExistingFileOfTheSearchOrderIsUsed() {
        files.write("home/.ccp/ccp.yaml", "kubernetes:\n  namespace: from-dot-ccp\n");
        files.write("etc/ccp.yaml", "kubernetes:\n  namespace: from-etc\n");
        assertThat(loader.load(Optional.empty(), host).config().kubernetes().namespace()).isEqualTo("from-dot-ccp");
    }

    @Test
    void explicitFileThatDoesNotExistIsAnError() {
        assertThatThrownBy(() -> loader.load(Optional.of(dir.resolve("nope.yaml")), host))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(dir.resolve("nope.yaml") + ": configuration file not found");
    }

    @Test
    void userLayerProblemsAreReportedTogetherBeforeRepositoriesAreLooked() {
        Path file = files.write("ccp.yaml", """
                builder:
                  workers: two
                regsitry:
                  address: x
                repositories:
                  repos:
                  - name: fuel-ccp-keystone
                    git_url: https://example.org/keystone
                """);
        assertThatThrownBy(() -> loader.load(Optional.of(file), host))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.summary()).isEqualTo("invalid configuration");
                    assertThat(e.problems()).extracting(Problem::format).containsExactly(
                            file + ":2: builder.workers: expected an integer >= 1, found 'two'",
                            file + ":3: regsitry: unknown key (did you mean 'registry'?)");
                });
    }

    @Test
    void listedRepositoriesThatAreNotFetchedAreReported() {
        Path file = files.write("ccp.yaml", """
                repositories:
                  path: ~/repos
                  repos:
                  - name: fuel-ccp-keystone
                    git_url: https://example.org/keystone
                  - name: fuel-ccp-nova
                    git_url: https://example.org/nova
                """);
        files.mkdirs("home/repos/fuel-ccp-keystone");
        assertThatThrownBy(() -> loader.load(Optional.of(file), host))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        Problem.at(file.toString(), 6, "repositories.repos[1]", "repository 'fuel-ccp-nova' is not in "
                                + host.homeDir().resolve("repos") + "; run 'ccp fetch' to clone it")));
    }

    @Test
    void listedRepositoriesAreUsedInTheirOrderWithTheirDefaults() {
        Path file = files.write("ccp.yaml", """
                repositories:
                  path: ~/repos
                  repos:
                  - name: fuel-ccp-nova
                    git_url: https://example.org/nova
                  - name: fuel-ccp-keystone
                    git_url: https://example.org/keystone
                """);
        files.write("home/repos/fuel-ccp-nova/service/files/defaults.yaml", "configs:\n  shared: nova\n  nova: {}\n");
        files.write("home/repos/fuel-ccp-keystone/service/files/defaults.yaml", "configs:\n  shared: keystone\n");
        LoadedConfig loaded = loader.load(Optional.of(file), host);
        assertThat(loaded.repositories()).containsExactly(
                new ComponentRepository("fuel-ccp-nova", host.homeDir().resolve("repos/fuel-ccp-nova")),
                new ComponentRepository("fuel-ccp-keystone", host.homeDir().resolve("repos/fuel-ccp-keystone")));
        assertThat(loaded.config().configs()).containsEntry("shared", "keystone").containsKey("nova");
        assertThat(loaded.config().repositories().path()).isEqualTo(host.homeDir().resolve("repos"));
    }

    @Test
    void inTreeComponentsAreUsedSortedByNameWhenNoRepositoryIsListed() {
        files.write("components/nova/service/files/defaults.yaml", "configs:\n  order: nova\n");
        files.write("components/keystone/service/files/defaults.yaml", "configs:\n  order: keystone\n");
        files.mkdirs("components/base");
        LoadedConfig loaded = loader.load(Optional.empty(), host);
        assertThat(loaded.repositories()).extracting(ComponentRepository::name).containsExactly("base", "keystone", "nova");
        assertThat(loaded.config().configs()).containsEntry("order", "nova");
    }

    @Test
    void componentDefaultsOutsideTheirSectionsAndInvalidValuesAreReportedWithTheirFile() {
        Path defaults = files.write("components/keystone/service/files/defaults.yaml", """
                configs:
                  keystone:
                    debug: false
                registry:
                  address: nope
                services:
                  keystone-db:
                    configs: {}
                """);
        assertThatThrownBy(() -> loader.load(Optional.empty(), host))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        Problem.at(defaults.toString(), 4, "registry", "component defaults may only set versions, "
                                + "sources, configs, nodes, roles, replicas, url, files, services, secret_configs"),
                        Problem.at(defaults.toString(), 7, "services.keystone-db", "missing required key 'service_def'")));
    }

    @Test
    void loadingWithoutComponentsSkipsRepositories() {
        Path file = files.write("ccp.yaml", """
                repositories:
                  repos:
                  - name: fuel-ccp-keystone
                    git_url: https://example.org/keystone
                """);
        LoadedConfig loaded = loader.loadWithoutComponents(Optional.of(file), host);
        assertThat(loaded.repositories()).isEmpty();
        assertThat(loaded.config().repositories().repos()).extracting(RepositoriesConfig.RepositorySpec::name)
                .containsExactly("fuel-ccp-keystone");
        assertThat(loaded.tree().valueAt(KeyPath.of("configs", "namespace"))).contains("ccp");
    }
}
