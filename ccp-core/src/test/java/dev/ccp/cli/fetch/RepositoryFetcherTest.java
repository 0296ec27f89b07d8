package dev.ccp.cli.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ccp.builders.git.GitCheckout;
import dev.ccp.builders.git.GitCheckoutException;
import dev.ccp.builders.git.GitCheckoutException.Step;
import dev.ccp.dsl.config.RepositoriesConfig.RepositorySpec;
import dev.ccp.dsl.problem.CcpException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The runner with a scripted {@link GitCheckout}: ordering, staging, and how failures are classified. */
class RepositoryFetcherTest {

    private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

    @TempDir
    Path base;

    private final List<FetchResult> arrived = Collections.synchronizedList(new ArrayList<>());

    private FetchReport fetch(GitCheckout git, int threads, RepositoryFetcher.Mode mode, RepositorySpec... repos) {
        return new RepositoryFetcher(git, threads).fetch(base, List.of(repos), mode, arrived::add);
    }

    private static RepositorySpec spec(String name, String ref) {
        return new RepositorySpec(name, "git://example.invalid/" + name, Optional.ofNullable(ref));
    }

    /** Clones by creating the directory it is given; {@code behaviour} may throw first, per URL. */
    private static class ScriptedGit implements GitCheckout {
        final Map<String, Path> clonedInto = new ConcurrentHashMap<>();
        final Map<String, String> refs = new ConcurrentHashMap<>();
        final List<Path> updated = Collections.synchronizedList(new ArrayList<>());
        private final Function<String, RuntimeException> failure;

        ScriptedGit(Function<String, RuntimeException> failure) {
            this.failure = failure;
        }

        @Override
        public String cloneAt(String url, String ref, Path destination) {
            clonedInto.put(url, destination);
            refs.put(url, String.valueOf(ref));
            RuntimeException e = failure.apply(url);
            if (e != null) {
                throw e;
            }
            try {
                Files.createDirectories(destination.resolve(".git"));
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
            return COMMIT;
        }

        @Override
        public String update(Path repository, String ref) {
            updated.add(repository);
            RuntimeException e = failure.apply(repository.getFileName().toString());
            if (e != null) {
                throw e;
            }
            return COMMIT.replace('0', 'f');
        }

        @Override
        public String head(Path repository) {
            return COMMIT;
        }
    }

    @Test
    void resultsFollowTheConfigurationWhateverOrderTheyFinishIn() {
        CountDownLatch secondReported = new CountDownLatch(1);
        GitCheckout git = new ScriptedGit(url -> null) {
            @Override
            public String cloneAt(String url, String ref, Path destination) {
                if (url.endsWith("/first")) {
                    await(secondReported);
                }
                return super.cloneAt(url, ref, destination);
            }
        };
        List<Thread> threads = new ArrayList<>();

        FetchReport report = new RepositoryFetcher(git, 2).fetch(base, List.of(spec("first", null), spec("second", null)),
                RepositoryFetcher.Mode.CLONE_MISSING, result -> {
                    arrived.add(result);
                    threads.add(Thread.currentThread());
                    if (result.name().equals("second")) {
                        secondReported.countDown();
                    }
                });

        assertThat(arrived).extracting(FetchResult::name).containsExactly("second", "first");
        assertThat(report.results()).extracting(FetchResult::name).containsExactly("first", "second");
        assertThat(threads).containsOnly(Thread.currentThread());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void clonesIntoAHiddenStagingDirectoryAndMovesTheCloneIntoPlace() throws Exception {
        ScriptedGit git = new ScriptedGit(url -> null);

        FetchReport report = fetch(git, 1, RepositoryFetcher.Mode.CLONE_MISSING, spec("alpha", "v1.0.0"));

        assertThat(git.clonedInto.get("git://example.invalid/alpha")).isEqualTo(base.resolve(".alpha.fetching"));
        assertThat(base.resolve("alpha/.git")).isDirectory();
        assertThat(base.resolve(".alpha.fetching")).doesNotExist();
        assertThat(report.results()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(FetchStatus.CLONED);
            assertThat(r.commit()).contains(COMMIT);
            assertThat(r.message()).isEqualTo("cloned git://example.invalid/alpha at v1.0.0 (0123456789ab)");
        });
    }

    @Test
    void aStagingDirectoryLeftByAnInterruptedFetchIsReplaced() throws Exception {
        Files.createDirectories(base.resolve(".alpha.fetching/half-written"));

        FetchReport report = fetch(new ScriptedGit(url -> null), 1, RepositoryFetcher.Mode.CLONE_MISSING, spec("alpha", null));

        assertThat(report.names(FetchStatus.CLONED)).containsExactly("alpha");
        assertThat(base.resolve("alpha/half-written")).doesNotExist();
    }

    @Test
    void aBlankRefMeansTheDefaultBranch() {
        ScriptedGit git = new ScriptedGit(url -> null);

        fetch(git, 1, RepositoryFetcher.Mode.CLONE_MISSING, spec("alpha", "  "));

        assertThat(git.refs.get("git://example.invalid/alpha")).isEqualTo("null");
    }

    @Test
    void failuresAreClassifiedByTheStepThatFailedAndTheOthersGoOn() {
        ScriptedGit git = new ScriptedGit(url -> switch (url.substring(url.lastIndexOf('/') + 1)) {
            case "gone" -> new GitCheckoutException(Step.CLONE, "cannot clone " + url + ": repository does not exist");
            case "badref" -> new GitCheckoutException(Step.CHECKOUT, "ref 'x' not found in " + url);
            case "other" -> new CcpException("something the user can fix");
            case "bug" -> new IllegalStateException("a bug");
            default -> null;
        });

        FetchReport report = fetch(git, 2, RepositoryFetcher.Mode.CLONE_MISSING,
                spec("gone", null), spec("badref", "x"), spec("ok", null), spec("other", null), spec("bug", null));

        assertThat(report.results()).extracting(FetchResult::name, FetchResult::status).containsExactly(
                tuple("gone", FetchStatus.CLONE_FAILED),
                tuple("badref", FetchStatus.CHECKOUT_FAILED),
                tuple("ok", FetchStatus.CLONED),
                tuple("other", FetchStatus.CLONE_FAILED),
                tuple("bug", FetchStatus.CLONE_FAILED));
        assertThat(report.results().get(0).message()).isEqualTo("cannot clone git://example.invalid/gone: repository does not exist");
        assertThat(report.results().get(4).message()).isEqualTo("internal error: java.lang.IllegalStateException: a bug");
        assertThat(base.resolve("ok")).isDirectory();
        assertThat(base.resolve("badref")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape", "a/b", "a\\b", ".", ".."})
    void aNameThatIsNotAPlainDirectoryNameIsRefused(String name) {
        ScriptedGit git = new ScriptedGit(url -> null);

        FetchReport report = fetch(git, 1, RepositoryFetcher.Mode.CLONE_MISSING, spec(name, null));

        assertThat(report.results()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(FetchStatus.CLONE_FAILED);
            assertThat(r.message()).isEqualTo("the name '" + name + "' is not a plain directory name");
        });
        assertThat(git.clonedInto).isEmpty();
    }

    @Test
    void aFileWhereTheCloneShouldGoIsACloneFailure() throws Exception {
        Files.writeString(base.resolve("alpha"), "not a directory");

        FetchReport report = fetch(new ScriptedGit(url -> null), 1, RepositoryFetcher.Mode.CLONE_MISSING, spec("alpha", null));

        assertThat(report.results()).singleElement().extracting(FetchResult::status).isEqualTo(FetchStatus.CLONE_FAILED);
        assertThat(base.resolve("alpha")).hasContent("not a directory");
    }

    @Test
    void existingDirectoriesAreLeftAloneUnlessUpdating() throws Exception {
        Files.createDirectories(base.resolve("alpha"));
        ScriptedGit git = new ScriptedGit(url -> null);

        FetchReport kept = fetch(git, 1, RepositoryFetcher.Mode.CLONE_MISSING, spec("alpha", "master"));
        FetchReport updated = fetch(git, 1, RepositoryFetcher.Mode.CLONE_AND_UPDATE, spec("alpha", "master"));

        assertThat(kept.names(FetchStatus.ALREADY_CLONED)).containsExactly("alpha");
        assertThat(updated.names(FetchStatus.UPDATED)).containsExactly("alpha");
        assertThat(updated.results().get(0).message()).isEqualTo("moved to master: 0123456789ab -> f123456789ab");
        assertThat(git.updated).containsExactly(base.resolve("alpha"));
        assertThat(git.clonedInto).isEmpty();
    }

    @Test
    void aFailedUpdateIsAnUpdateFailure() throws Exception {
        Files.createDirectories(base.resolve("alpha"));
        ScriptedGit git = new ScriptedGit(name -> new GitCheckoutException(Step.FETCH, "cannot fetch x into alpha: gone"));

        FetchReport report = fetch(git, 1, RepositoryFetcher.Mode.CLONE_AND_UPDATE, spec("alpha", null));

        assertThat(report.names(FetchStatus.UPDATE_FAILED)).containsExactly("alpha");
        assertThat(report.hasFailures()).isTrue();
    }

    @Test
    void nothingToFetchCreatesNothing() {
        FetchReport report = new RepositoryFetcher(new ScriptedGit(url -> null), 1)
                .fetch(base.resolve("absent"), List.of(), RepositoryFetcher.Mode.CLONE_MISSING, r -> { });

        assertThat(report.results()).isEmpty();
        assertThat(base.resolve("absent")).doesNotExist();
    }
}
