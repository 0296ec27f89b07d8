package dev.ccp.cli.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.builders.git.GitCheckout;
import dev.ccp.builders.git.JGitCheckout;
import dev.ccp.cli.CommandContext;
import dev.ccp.cli.Console;
import dev.ccp.cli.GlobalOptions;
import dev.ccp.cli.RuntimeEnvironment;
import dev.ccp.dsl.component.ComponentRepository;
import dev.ccp.dsl.config.ConfigLoader;
import dev.ccp.dsl.config.LoadedConfig;
import dev.ccp.dsl.config.RepositoriesConfig.RepositorySpec;
import dev.ccp.dsl.config.RepositoriesConfig;
import dev.ccp.dsl.problem.CcpException;
import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.testing.git.GitDaemon;
import dev.ccp.testing.git.SourceRepository;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code repositories.clone}: before a command reads the repositories, the missing ones are
 * cloned and the full configuration load then finds them all.
 */
class AutoFetchTest {

    @TempDir
    static Path served;
    private static GitDaemon daemon;

    @TempDir
    Path work;
    private Path repos;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Console console = Console.capturing(out, err);

    /** Fails the test if the auto-fetch touches Git at all. */
    private static final GitCheckout UNUSED = new GitCheckout() {
        @Override
        public String cloneAt(String url, String ref, Path destination) {
            throw new AssertionError("cloned " + url);
        }

        @Override
        public String update(Path repository, String ref) {
            throw new AssertionError("updated " + repository);
        }

        @Override
        public String head(Path repository) {
            throw new AssertionError("read " + repository);
        }
    };

    @BeforeAll
    static void createAndServeRepositories() throws Exception {
        try (SourceRepository alpha = SourceRepository.create(served.resolve("alpha"))) {
            Files.createDirectories(alpha.directory().resolve("service/files"));
            alpha.commit("service/files/defaults.yaml", "configs:\n  alpha_port: 8042\n");
        }
        try (SourceRepository beta = SourceRepository.create(served.resolve("beta"))) {
            beta.commit("README", "beta");
        }
        daemon = GitDaemon.serve(served);
    }

    @AfterAll
    static void stopDaemon() {
        daemon.close();
    }

    @BeforeEach
    void repositoriesPath() {
        repos = work.resolve("repos");
    }

    private RepositoriesConfig repositories(boolean autoFetch, String... names) {
        List<RepositorySpec> specs = List.of(names).stream()
                .map(name -> new RepositorySpec(name, daemon.url(name), Optional.empty())).toList();
        return new RepositoriesConfig(repos, specs, autoFetch, 2, true, "fuel-ccp-entrypoint");
    }

    @Test
    void clonesOnlyTheMissingRepositoriesAndTheFullLoadThenFindsThemAll() throws Exception {
        Path config = Files.writeString(work.resolve("ccp.yaml"), "repositories:\n  path: " + repos + "\n  repos:\n"
                + "    - name: alpha\n      git_url: \"" + daemon.url("alpha") + "\"\n"
                + "    - name: beta\n      git_url: \"" + daemon.url("beta") + "\"\n");
        Files.createDirectories(repos.resolve("beta"));
        Files.writeString(repos.resolve("beta/mine"), "not a clone, but there");
        RuntimeEnvironment environment = new RuntimeEnvironment(Files.createDirectory(work.resolve("home")), 2,
                Optional.empty(), work);
        CommandContext context = new CommandContext(console,
                new GlobalOptions(Optional.of(config), false, 1, Optional.empty()), environment);
        assertThatThrownBy(() -> new ConfigLoader().load(Optional.of(config), environment.host()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("repository 'alpha' is not in " + repos);

        FetchReport report = new AutoFetch(new JGitCheckout()).ensureRepositories(context);

        assertThat(report.results()).extracting(FetchResult::name).containsExactly("alpha");
        assertThat(report.names(FetchStatus.CLONED)).containsExactly("alpha");
        assertThat(err.toString()).contains("cloning 1 missing repository(s) into " + repos + ": alpha")
                .contains("1 repository(s) cloning succeeded: alpha");
        assertThat(out.toString()).as("stdout stays the command's own").isEmpty();
        assertThat(repos.resolve("beta/mine")).hasContent("not a clone, but there");
        LoadedConfig loaded = context.loadConfig();
        assertThat(loaded.repositories()).extracting(ComponentRepository::name).containsExactly("alpha", "beta");
        assertThat(loaded.config().configs()).containsEntry("alpha_port", 8042);
    }

    @Test
    void nothingIsFetchedWhenRepositoriesCloneIsFalse() {
        FetchReport report = new AutoFetch(UNUSED).ensureRepositories(repositories(false, "alpha"), console);

        assertThat(report.results()).isEmpty();
        assertThat(repos).doesNotExist();
    }

    @Test
    void nothingIsFetchedWhenEveryRepositoryIsThere() throws Exception {
        Files.createDirectories(repos.resolve("alpha"));
        Files.createDirectories(repos.resolve("beta"));

        FetchReport report = new AutoFetch(UNUSED).ensureRepositories(repositories(true, "alpha", "beta"), console);

        assertThat(report.results()).isEmpty();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void nothingIsFetchedWithoutConfiguredRepositories() {
        assertThat(new AutoFetch(UNUSED).ensureRepositories(repositories(true), console).results()).isEmpty();
    }

    @Test
    void aRepositoryThatCannotBeClonedStopsTheCommandNamingIt() {
        RepositoriesConfig config = repositories(true, "alpha", "no-such-repo");

        assertThatThrownBy(() -> new AutoFetch(new JGitCheckout()).ensureRepositories(config, console))
                .isInstanceOf(CcpException.class)
                .hasMessageStartingWith("cannot fetch the component repositories no-such-repo (see the errors above)");
        assertThat(err.toString()).contains("ccp: error: no-such-repo: cannot clone " + daemon.url("no-such-repo"))
                .contains("1 repository(s) cloning failed: no-such-repo");
        assertThat(repos.resolve("alpha")).isDirectory();
    }

    @Test
    void missingListsTheRepositoriesWithoutADirectoryInConfigurationOrder() throws Exception {
        Files.createDirectories(repos.resolve("beta"));
        Files.createDirectories(repos);
        Files.writeString(repos.resolve("gamma"), "a file is not a clone");

        assertThat(AutoFetch.missing(repositories(true, "gamma", "beta", "alpha")))
                .extracting(RepositorySpec::name).containsExactly("gamma", "alpha");
    }
}
