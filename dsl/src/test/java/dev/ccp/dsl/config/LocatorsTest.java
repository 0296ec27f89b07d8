package dev.ccp.dsl.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.dsl.component.ComponentRepository;
import dev.ccp.dsl.problem.InvalidInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocatorsTest {

    @TempDir
    Path dir;

    private TestFiles files;
    private Path home;
    private ConfigFileLocator locator;

    @BeforeEach
    void setUp() {
        files = new TestFiles(dir);
        home = files.mkdirs("home");
        locator = new ConfigFileLocator(files.mkdirs("etc"));
    }

    @Test
    void searchesHomeThenEtcInTheDocumentedOrder() {
        assertThat(locator.candidates(home)).containsExactly(home.resolve(".ccp.yaml"), home.resolve(".ccp/ccp.yaml"),
                dir.resolve("etc/ccp.yaml"), dir.resolve("etc/ccp/ccp.yaml"));
        assertThat(locator.find(Optional.empty(), home)).isEmpty();

        Path etcNested = files.write("etc/ccp/ccp.yaml", "{}");
        assertThat(locator.find(Optional.empty(), home)).contains(etcNested);
        Path etc = files.write("etc/ccp.yaml", "{}");
        assertThat(locator.find(Optional.empty(), home)).contains(etc);
        Path dotCcp = files.write("home/.ccp/ccp.yaml", "{}");
        assertThat(locator.find(Optional.empty(), home)).contains(dotCcp);
        Path dotFile = files.write("home/.ccp.yaml", "{}");
        assertThat(locator.find(Optional.empty(), home)).contains(dotFile);
    }

    @Test
    void anExplicitFileWinsAndIsExpandedAndNormalised() {
        files.write("home/.ccp.yaml", "{}");
        Path explicit = files.write("home/envs/one.yaml", "{}");
        assertThat(locator.find(Optional.of(explicit), home)).contains(explicit);
        assertThat(locator.find(Optional.of(Path.of("~/envs/../envs/one.yaml")), home)).contains(explicit);
    }

    @Test
    void anExplicitFileThatDoesNotExistIsAnError() {
        assertThatThrownBy(() -> locator.find(Optional.of(dir.resolve("missing.yaml")), home))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(dir.resolve("missing.yaml") + ": configuration file not found");
        assertThatThrownBy(() -> locator.find(Optional.of(home), home))
                .hasMessage(home + ": --config-file names a directory, not a file");
    }

    @Test
    void inTreeComponentsAreEveryVisibleDirectorySortedByName() {
        Path components = files.mkdirs("components");
        files.mkdirs("components/rabbitmq");
        files.mkdirs("components/etcd");
        files.mkdirs("components/.git");
        files.write("components/README.md", "not a component");
        HostEnvironment host = new HostEnvironment(home, 1, components);
        List<ComponentRepository> repositories = RepositoryLocator.locate(GlobalDefaults.load(host), components);
        assertThat(repositories).containsExactly(new ComponentRepository("etcd", components.resolve("etcd")),
                new ComponentRepository("rabbitmq", components.resolve("rabbitmq")));
    }

    @Test
    void missingInTreeComponentsDirectoryIsAnError() {
        HostEnvironment host = new HostEnvironment(home, 1, dir.resolve("nowhere"));
        assertThatThrownBy(() -> RepositoryLocator.locate(GlobalDefaults.load(host), dir.resolve("nowhere")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("repositories.repos: no repositories are listed and the components shipped with ccp "
                        + "are not in " + dir.resolve("nowhere"));
    }

    @Test
    void missingDefaultsFilesAreSkipped() {
        files.write("components/keystone/service/files/defaults.yaml", "configs:\n  keystone: {}\n");
        files.mkdirs("components/base/service");
        ComponentDefaultsLoader.ComponentDefaults defaults = ComponentDefaultsLoader.load(List.of(
                new ComponentRepository("base", dir.resolve("components/base")),
                new ComponentRepository("keystone", dir.resolve("components/keystone"))));
        assertThat(defaults.problems()).isEmpty();
        assertThat(defaults.layers()).hasSize(1);
        assertThat(defaults.layers().get(0).values()).containsOnlyKeys("configs");
    }

    @Test
    void unreadableDefaultsOfSeveralRepositoriesAreReportedTogether() {
        Path first = files.write("components/a/service/files/defaults.yaml", "configs: [\n");
        Path second = files.write("components/b/service/files/defaults.yaml", "- not a mapping\n");
        ComponentDefaultsLoader.ComponentDefaults defaults = ComponentDefaultsLoader.load(List.of(
                new ComponentRepository("a", dir.resolve("components/a")),
                new ComponentRepository("b", dir.resolve("components/b"))));
        assertThat(defaults.layers()).isEmpty();
        assertThat(defaults.problems()).extracting(p -> p.file()).containsExactly(first.toString(), second.toString());
    }
}
