package dev.ccp.builders.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.builders.git.GitCheckoutException.Step;
import dev.ccp.testing.git.GitDaemon;
import dev.ccp.testing.git.SourceRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.lib.internal.WorkQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link JGitCheckout} against repositories the test creates, reached by path, {@code file://}
 * and {@code git://} ({@code git daemon} on 127.0.0.1).
 *
 * <p>The shared repository {@code components}: on {@code master} the commit {@code first}
 * (README "one", annotated tag {@code v1.0.0}) then {@code second} (README "two"); the branch
 * {@code stable/2024.1} leaves {@code first} with the commit {@code stable} (README "stable").
 */
class JGitCheckoutTest {

    @TempDir
    static Path served;
    private static GitDaemon daemon;
    private static String first;
    private static String second;
    private static String stable;

    @TempDir
    Path work;

    private final GitCheckout git = new JGitCheckout();

    @BeforeAll
    static void createRepositoryAndServeIt() throws Exception {
        try (SourceRepository source = SourceRepository.create(served.resolve("components"))) {
            first = source.commit("README", "one");
            source.annotatedTag("v1.0.0");
            source.newBranch("stable/2024.1");
            stable = source.commit("README", "stable");
            source.switchTo("master");
            second = source.commit("README", "two");
        }
        daemon = GitDaemon.serve(served);
    }

    @AfterAll
    static void stopDaemon() {
        daemon.close();
    }

    private static String url(String transport, String name) {
        Path path = served.resolve(name);
        return switch (transport) {
            case "path" -> path.toString();
            case "file" -> path.toUri().toString();
            case "git" -> daemon.url(name);
            default -> throw new IllegalArgumentException(transport);
        };
    }

    /** Symbolic refs of the table below, turned into the ids known once the repository exists. */
    private static String ref(String symbolic) {
        return switch (symbolic) {
            case "<none>" -> null;
            case "<full id of stable>" -> stable;
            case "<short id of first>" -> first.substring(0, 7);
            default -> symbolic;
        };
    }

    private static String commit(String name) {
        return switch (name) {
            case "first" -> first;
            case "second" -> second;
            case "stable" -> stable;
            default -> throw new IllegalArgumentException(name);
        };
    }

    static Stream<Arguments> refs() {
        return Stream.of(
                // transport, ref, expected commit, README, branch (null: detached HEAD)
                Arguments.of("git", "<none>", "second", "two", "master"),
                Arguments.of("git", "stable/2024.1", "stable", "stable", "stable/2024.1"),
                Arguments.of("git", "v1.0.0", "first", "one", null),
                Arguments.of("git", "<full id of stable>", "stable", "stable", null),
                Arguments.of("git", "<short id of first>", "first", "one", null),
                Arguments.of("git", "refs/heads/stable/2024.1", "stable", "stable", "stable/2024.1"),
                Arguments.of("path", "v1.0.0", "first", "one", null),
                Arguments.of("path", "<short id of first>", "first", "one", null),
                Arguments.of("file", "stable/2024.1", "stable", "stable", "stable/2024.1"),
                Arguments.of("file", "<none>", "second", "two", "master"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("refs")
    void clonesAndChecksOutTheRef(String transport, String ref, String expected, String readme, String branch)
            throws Exception {
        Path destination = work.resolve("clone");

        String checkedOut = git.cloneAt(url(transport, "components"), ref(ref), destination);

        assertThat(checkedOut).isEqualTo(commit(expected));
        assertThat(git.head(destination)).isEqualTo(commit(expected));
        assertThat(Files.readString(destination.resolve("README"))).isEqualTo(readme);
        try (Git clone = Git.open(destination.toFile())) {
            if (branch == null) {
                assertThat(clone.getRepository().getFullBranch()).as("detached HEAD").isEqualTo(commit(expected));
            } else {
                assertThat(clone.getRepository().getBranch()).isEqualTo(branch);
                StoredConfig config = clone.getRepository().getConfig();
                assertThat(config.getString("branch", branch, "remote")).as("tracks origin").isEqualTo("origin");
                assertThat(config.getString("branch", branch, "merge")).isEqualTo("refs/heads/" + branch);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"path", "file", "git"})
    void aMissingRepositoryIsNamedAndLeavesNothingBehind(String transport) {
        Path destination = work.resolve("clone");
        String url = url(transport, "no-such-repository");

        assertThatThrownBy(() -> git.cloneAt(url, null, destination))
                .isInstanceOfSatisfying(GitCheckoutException.class, e -> assertThat(e.step()).isEqualTo(Step.CLONE))
                .hasMessageStartingWith("cannot clone " + url + ": repository does not exist")
                .hasMessageNotContaining("Exception");
        assertThat(destination).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-such-branch", "v9.9.9", "0123456789abcdef0123456789abcdef01234567", "a b"})
    void anUnknownRefIsNamedWithTheUrlAndTheCloneIsRemoved(String ref) {
        Path destination = work.resolve("clone");
        String url = url("git", "components");

        assertThatThrownBy(() -> git.cloneAt(url, ref, destination))
                .isInstanceOfSatisfying(GitCheckoutException.class, e -> assertThat(e.step()).isEqualTo(Step.CHECKOUT))
                .hasMessage("ref '" + ref + "' not found in " + url);
        assertThat(destination).doesNotExist();
    }

    /**
     * JGit's automatic gc after a fetch runs on its single background thread and holds
     * {@code .git/gc.log.lock} until it ran. A clone is handed back only once that gc is over, so
     * the caller can move or delete it without racing the gc (a failed clone's deletion raced it
     * once under load), and no stale lock file travels with a moved clone.
     */
    @Test
    void aCloneIsHandedBackOnlyOnceJGitsBackgroundGcIsOver() throws Exception {
        Path destination = work.resolve("clone");
        CountDownLatch release = new CountDownLatch(1);
        Future<?> busy = WorkQueue.getExecutor().submit(() -> release.await(20, TimeUnit.SECONDS));
        ScheduledExecutorService releaser = Executors.newSingleThreadScheduledExecutor();
        try {
            releaser.schedule(release::countDown, 300, TimeUnit.MILLISECONDS);

            git.cloneAt(url("path", "components"), "v1.0.0", destination);

            assertThat(destination.resolve(".git/gc.log.lock")).doesNotExist();
        } finally {
            release.countDown();
            releaser.shutdown();
            busy.get(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void anUnreachableServerIsACloneFailureNamingTheUrl() throws Exception {
        String url = "git://127.0.0.1:1/components";

        assertThatThrownBy(() -> git.cloneAt(url, null, work.resolve("clone")))
                .isInstanceOfSatisfying(GitCheckoutException.class, e -> assertThat(e.step()).isEqualTo(Step.CLONE))
                .hasMessageStartingWith("cannot clone " + url + ": ")
                .hasMessageNotContaining("Exception");
    }

    @Test
    void refusesToCloneIntoAnExistingDirectory() throws Exception {
        Path destination = Files.createDirectory(work.resolve("clone"));
        Files.writeString(destination.resolve("mine"), "keep me");

        assertThatThrownBy(() -> git.cloneAt(url("git", "components"), null, destination))
                .isInstanceOf(GitCheckoutException.class)
                .hasMessageContaining("already exists");
        assertThat(destination.resolve("mine")).hasContent("keep me");
    }

    @Test
    void headOfADirectoryOutsideAnyRepositoryIsAnError() {
        assertThatThrownBy(() -> git.head(work))
                .isInstanceOfSatisfying(GitCheckoutException.class, e -> assertThat(e.step()).isEqualTo(Step.READ))
                .hasMessage(work + " is not in a git repository");
    }

    @Test
    void headOfASubdirectoryIsTheHeadOfItsRepository() throws Exception {
        Path destination = work.resolve("clone");
        git.cloneAt(url("path", "components"), "v1.0.0", destination);
        Path subdirectory = Files.createDirectory(destination.resolve("sub"));

        assertThat(git.head(subdirectory)).isEqualTo(first);
    }

    /** The update tests change their own repository, served under a name of their own. */
    private SourceRepository ownRepository(String name) throws Exception {
        SourceRepository source = SourceRepository.create(served.resolve(name));
        source.commit("README", "one");
        source.newBranch("stable/2024.1");
        source.commit("README", "stable one");
        source.switchTo("master");
        return source;
    }

    @Test
    void updateMovesABranchCloneToTheNewCommitOfItsBranch() throws Exception {
        try (SourceRepository source = ownRepository("update-branch")) {
            Path clone = work.resolve("clone");
            String before = git.cloneAt(daemon.url("update-branch"), "stable/2024.1", clone);
            source.switchTo("stable/2024.1");
            String after = source.commit("README", "stable two");

            String updated = git.update(clone, "stable/2024.1");

            assertThat(updated).isEqualTo(after).isNotEqualTo(before);
            assertThat(git.head(clone)).isEqualTo(after);
            assertThat(clone.resolve("README")).hasContent("stable two");
            try (Git cloned = Git.open(clone.toFile())) {
                assertThat(cloned.getRepository().getBranch()).isEqualTo("stable/2024.1");
            }
        }
    }

    @Test
    void updateWithoutARefFollowsTheCheckedOutBranch() throws Exception {
        try (SourceRepository source = ownRepository("update-current")) {
            Path clone = work.resolve("clone");
            git.cloneAt(daemon.url("update-current"), null, clone);
            String after = source.commit("README", "two");

            assertThat(git.update(clone, null)).isEqualTo(after);
            assertThat(clone.resolve("README")).hasContent("two");
        }
    }

    @Test
    void updateChecksOutATagCreatedAfterTheClone() throws Exception {
        try (SourceRepository source = ownRepository("update-tag")) {
            Path clone = work.resolve("clone");
            git.cloneAt(daemon.url("update-tag"), "stable/2024.1", clone);
            String tagged = source.commit("README", "release");
            source.annotatedTag("v2.0.0");
            source.commit("README", "after release");

            assertThat(git.update(clone, "v2.0.0")).isEqualTo(tagged);
            assertThat(clone.resolve("README")).hasContent("release");
        }
    }

    @Test
    void updateNeverDropsLocalCommits() throws Exception {
        try (SourceRepository source = ownRepository("update-diverged")) {
            Path clone = work.resolve("clone");
            git.cloneAt(daemon.url("update-diverged"), "master", clone);
            String local;
            try (Git cloned = Git.open(clone.toFile())) {
                Files.writeString(clone.resolve("LOCAL"), "mine");
                cloned.add().addFilepattern("LOCAL").call();
                PersonIdent me = new PersonIdent("me", "me@ccp.invalid");
                local = cloned.commit().setMessage("local work").setAuthor(me).setCommitter(me).setSign(false).call().name();
            }
            source.commit("README", "upstream two");

            assertThatThrownBy(() -> git.update(clone, "master"))
                    .isInstanceOfSatisfying(GitCheckoutException.class, e -> assertThat(e.step()).isEqualTo(Step.CHECKOUT))
                    .hasMessage("branch 'master' in " + clone + " has commits that origin/master does not have: not moved");
            assertThat(git.head(clone)).isEqualTo(local);
        }
    }

    @Test
    void updateNeverOverwritesUncommittedChanges() throws Exception {
        try (SourceRepository source = ownRepository("update-dirty")) {
            Path clone = work.resolve("clone");
            String before = git.cloneAt(daemon.url("update-dirty"), "master", clone);
            Files.writeString(clone.resolve("README"), "my edit");
            source.commit("README", "upstream two");

            assertThatThrownBy(() -> git.update(clone, "master"))
                    .isInstanceOfSatisfying(GitCheckoutException.class, e -> assertThat(e.step()).isEqualTo(Step.CHECKOUT))
                    .hasMessageContaining("local changes to README would be overwritten");
            assertThat(clone.resolve("README")).hasContent("my edit");
            assertThat(git.head(clone)).isEqualTo(before);
        }
    }

    @Test
    void updateOfADirectoryThatIsNoCloneIsAFetchFailure() {
        assertThatThrownBy(() -> git.update(work, "master"))
                .isInstanceOfSatisfying(GitCheckoutException.class, e -> assertThat(e.step()).isEqualTo(Step.FETCH))
                .hasMessage(work + " is not a git repository");
    }

    @Test
    void updateFromARemoteThatIsGoneNamesTheUrl() throws Exception {
        Path clone = work.resolve("clone");
        Path gone = work.resolve("gone");
        try (SourceRepository source = SourceRepository.create(gone)) {
            source.commit("README", "one");
        }
        git.cloneAt(gone.toString(), null, clone);
        deleteTree(gone);

        assertThatThrownBy(() -> git.update(clone, "master"))
                .isInstanceOfSatisfying(GitCheckoutException.class, e -> assertThat(e.step()).isEqualTo(Step.FETCH))
                .hasMessageStartingWith("cannot fetch " + gone + " into " + clone + ": ");
    }

    private static void deleteTree(Path root) throws Exception {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
