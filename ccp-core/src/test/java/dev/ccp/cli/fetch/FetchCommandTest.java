package dev.ccp.cli.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.builders.git.GitCheckout;
import dev.ccp.builders.git.JGitCheckout;
import dev.ccp.cli.Cli;
import dev.ccp.cli.CommandTable;
import dev.ccp.cli.Console;
import dev.ccp.cli.RuntimeEnvironment;
import dev.ccp.cli.command.FetchCommand;
import dev.ccp.testing.git.GitDaemon;
import dev.ccp.testing.git.SourceRepository;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ccp fetch} through the CLI in-process, against repositories the test creates and serves
 * with {@code git daemon} on 127.0.0.1.
 *
 * <p>Served repositories: {@code alpha} (its branch {@code stable/2024.1} has a commit of its
 * own), {@code beta} (annotated tag {@code v1.0.0} on its first commit, then one more commit),
 * {@code gamma} (two commits; it is fetched at the full id of the first).
 */
class FetchCommandTest {

    @TempDir
    static Path served;
    private static GitDaemon daemon;
    private static String alphaStable;
    private static String betaTagged;
    private static String gammaFirst;

    @TempDir
    Path work;
    private Path home;
    private Path repos;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void createAndServeRepositories() throws Exception {
        try (SourceRepository alpha = SourceRepository.create(served.resolve("alpha"))) {
            alpha.commit("README", "alpha one");
            alpha.newBranch("stable/2024.1");
            alphaStable = alpha.commit("README", "alpha stable");
            alpha.switchTo("master");
            alpha.commit("README", "alpha two");
        }
        try (SourceRepository beta = SourceRepository.create(served.resolve("beta"))) {
            betaTagged = beta.commit("README", "beta one");
            beta.annotatedTag("v1.0.0");
            beta.commit("README", "beta two");
        }
        try (SourceRepository gamma = SourceRepository.create(served.resolve("gamma"))) {
            gammaFirst = gamma.commit("README", "gamma one");
            gamma.commit("README", "gamma two");
        }
        daemon = GitDaemon.serve(served);
    }

    @AfterAll
    static void stopDaemon() {
        daemon.close();
    }

    @BeforeEach
    void directories() throws IOException {
        home = Files.createDirectory(work.resolve("home"));
        repos = work.resolve("repos");
    }

    private static String repo(String name, String ref) {
        return "    - name: " + name + "\n      git_url: \"" + daemon.url(name) + "\"\n"
                + (ref == null ? "" : "      git_ref: \"" + ref + "\"\n");
    }

    private static List<String> threeRepositories() {
        return List.of(repo("alpha", "stable/2024.1"), repo("beta", "v1.0.0"), repo("gamma", gammaFirst));
    }

    private Path config(Path repositoriesPath, int concurrency, List<String> entries) throws IOException {
        String yaml = "repositories:\n  path: " + repositoriesPath + "\n  clone_concurrency: " + concurrency + "\n"
                + (entries.isEmpty() ? "" : "  repos:\n" + String.join("", entries));
        return Files.writeString(work.resolve("ccp.yaml"), yaml);
    }

    private int fetch(GitCheckout git, Path config, String... options) {
        List<String> args = new ArrayList<>(List.of("--config-file", config.toString(), "fetch"));
        args.addAll(List.of(options));
        Cli cli = new Cli(CommandTable.standard().with(new FetchCommand(git)), Console.capturing(out, err),
                new RuntimeEnvironment(home, 2, Optional.empty(), work.resolve("cwd")));
        return cli.run(args.toArray(String[]::new));
    }

    private int fetch(Path config, String... options) {
        return fetch(new JGitCheckout(), config, options);
    }

    private List<String> stdout() {
        return out.toString().lines().toList();
    }

    private static String head(Path clone) {
        return new JGitCheckout().head(clone);
    }

    @Test
    void clonesEveryRepositoryAtItsBranchTagOrCommitInParallel() throws Exception {
        Path config = config(repos, 3, threeRepositories());
        StartTogether threeAtOnce = new StartTogether(new JGitCheckout(), 3);

        int exit = fetch(threeAtOnce, config);

        assertThat(exit).as(err.toString()).isZero();
        assertThat(stdout()).containsExactly("3 repository(s) cloning succeeded: alpha, beta, gamma");
        assertThat(head(repos.resolve("alpha"))).isEqualTo(alphaStable);
        assertThat(head(repos.resolve("beta"))).isEqualTo(betaTagged);
        assertThat(head(repos.resolve("gamma"))).isEqualTo(gammaFirst);
        assertThat(repos.resolve("alpha/README")).hasContent("alpha stable");
        try (Git alpha = Git.open(repos.resolve("alpha").toFile())) {
            assertThat(alpha.getRepository().getBranch()).isEqualTo("stable/2024.1");
        }
        try (Stream<Path> left = Files.list(repos)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("alpha", "beta", "gamma");
        }
    }

    @Test
    void existingClonesAreReportedAsAlreadyClonedAndNotTouched() throws Exception {
        Path config = config(repos, 2, threeRepositories());
        assertThat(fetch(config)).isZero();
        Files.writeString(repos.resolve("beta/README"), "my edit");
        out.getBuffer().setLength(0);

        int exit = fetch(config);

        assertThat(exit).isZero();
        assertThat(stdout()).containsExactly("3 repository(s) is(are) already cloned: alpha, beta, gamma");
        assertThat(repos.resolve("beta/README")).hasContent("my edit");
        assertThat(head(repos.resolve("beta"))).isEqualTo(betaTagged);
    }

    @Test
    void aMissingRepositoryAndABadRefFailWhileTheOthersAreCloned() throws Exception {
        Path config = config(repos, 3, List.of(repo("alpha", "stable/2024.1"), repo("no-such-repo", null),
                repo("beta", "no-such-tag"), repo("gamma", gammaFirst)));

        int exit = fetch(config);

        assertThat(exit).isEqualTo(1);
        assertThat(stdout()).containsExactly(
                "2 repository(s) cloning succeeded: alpha, gamma",
                "1 repository(s) cloning failed: no-such-repo",
                "1 repository(s) checkout failed: beta");
        assertThat(err.toString())
                .contains("ccp: error: no-such-repo: cannot clone " + daemon.url("no-such-repo") + ": repository does not exist")
                .contains("ccp: error: beta: ref 'no-such-tag' not found in " + daemon.url("beta"))
                .doesNotContain("Exception");
        try (Stream<Path> left = Files.list(repos)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no partial clones")
                    .containsExactlyInAnyOrder("alpha", "gamma");
        }
    }

    @Test
    void forceDeletesTheRepositoriesDirectoryAndClonesEverythingAgain() throws Exception {
        Path config = config(repos, 3, threeRepositories());
        assertThat(fetch(config)).isZero();
        Files.writeString(repos.resolve("alpha/LOCAL"), "local file");
        Files.createDirectory(repos.resolve("stale"));
        out.getBuffer().setLength(0);

        int exit = fetch(config, "--force");

        assertThat(exit).isZero();
        assertThat(stdout()).containsExactly("3 repository(s) cloning succeeded: alpha, beta, gamma");
        assertThat(repos.resolve("alpha/LOCAL")).doesNotExist();
        assertThat(repos.resolve("stale")).doesNotExist();
        assertThat(head(repos.resolve("alpha"))).isEqualTo(alphaStable);
    }

    @Test
    void forceRefusesToDeleteTheHomeDirectory() throws Exception {
        Files.writeString(home.resolve("precious"), "keep");
        Path config = config(home, 1, List.of(repo("alpha", null)));

        int exit = fetch(config, "-f");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("refusing to delete repositories.path " + home + " for --force: it is the home directory");
        assertThat(home.resolve("precious")).hasContent("keep");
        assertThat(home.resolve("alpha")).doesNotExist();
    }

    @Test
    void updateMovesAClonesBranchToItsNewCommitAndLeavesTheOthersAlone() throws Exception {
        try (SourceRepository delta = SourceRepository.create(served.resolve("delta"))) {
            delta.commit("README", "delta one");
            delta.newBranch("stable/2024.1");
            String before = delta.commit("README", "delta stable one");
            Path config = config(repos, 2, List.of(repo("delta", "stable/2024.1"), repo("beta", "v1.0.0")));
            assertThat(fetch(config)).isZero();
            assertThat(head(repos.resolve("delta"))).isEqualTo(before);
            String after = delta.commit("README", "delta stable two");

            out.getBuffer().setLength(0);
            int plain = fetch(config);
            assertThat(plain).isZero();
            assertThat(head(repos.resolve("delta"))).as("without --update clones are not touched").isEqualTo(before);

            out.getBuffer().setLength(0);
            int exit = fetch(config, "--update");

            assertThat(exit).as(err.toString()).isZero();
            assertThat(stdout()).containsExactly("2 repository(s) updated: delta, beta");
            assertThat(head(repos.resolve("delta"))).isEqualTo(after);
            assertThat(repos.resolve("delta/README")).hasContent("delta stable two");
            assertThat(head(repos.resolve("beta"))).isEqualTo(betaTagged);
            assertThat(err.toString()).contains("delta: moved to stable/2024.1: " + before.substring(0, 12) + " -> "
                    + after.substring(0, 12));
        }
    }

    @Test
    void updateClonesTheMissingRepositoriesToo() throws Exception {
        Path config = config(repos, 2, List.of(repo("beta", "v1.0.0")));

        int exit = fetch(config, "--update");

        assertThat(exit).isZero();
        assertThat(stdout()).containsExactly("1 repository(s) cloning succeeded: beta");
    }

    @Test
    void withoutConfiguredRepositoriesThereIsNothingToFetch() throws Exception {
        Path config = config(repos, 1, List.of());

        int exit = fetch(config, "--force");

        assertThat(exit).isZero();
        assertThat(out.toString()).startsWith("repositories.repos is empty: the components shipped with ccp (")
                .contains("nothing to fetch");
        assertThat(repos).doesNotExist();
    }

    @Test
    void forceAndUpdateTogetherAreAUsageError() throws Exception {
        Path config = config(repos, 1, threeRepositories());

        int exit = fetch(config, "--force", "--update");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--force and --update cannot be combined");
        assertThat(repos).doesNotExist();
    }

    /**
     * Lets no clone go on before {@code parties} clones have started: with fewer threads than
     * that, the clones time out and fail. Proves the clones run at the same time.
     */
    private static final class StartTogether implements GitCheckout {
        private final GitCheckout delegate;
        private final CyclicBarrier barrier;

        StartTogether(GitCheckout delegate, int parties) {
            this.delegate = delegate;
            this.barrier = new CyclicBarrier(parties);
        }

        @Override
        public String cloneAt(String url, String ref, Path destination) {
            try {
                barrier.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                throw new IllegalStateException("clones did not start together", e);
            }
            return delegate.cloneAt(url, ref, destination);
        }

        @Override
        public String update(Path repository, String ref) {
            return delegate.update(repository, ref);
        }

        @Override
        public String head(Path repository) {
            return delegate.head(repository);
        }
    }
}
