package dev.ccp.cli.fetch;

import dev.ccp.builders.git.GitCheckout;
import dev.ccp.builders.git.GitCheckoutException;
import dev.ccp.dsl.config.RepositoriesConfig.RepositorySpec;
import dev.ccp.dsl.problem.CcpException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Clones the component repositories into {@code repositories.path/<name>}, several at a time
 * (REFERENCE 7.1). A repository whose directory exists is left alone, or with
 * {@link Mode#CLONE_AND_UPDATE} fetched and moved to its ref. A clone is made in a hidden
 * staging directory next to its destination and moved into place only once its ref is checked
 * out, so an interrupted or failed clone never looks like a repository that is already there.
 */
public final class RepositoryFetcher {

    /** What to do with repositories that are already cloned. */
    public enum Mode {
        /** Leave them as they are (the original {@code ccp fetch}). */
        CLONE_MISSING,
        /** Fetch them and check out their ref ({@code ccp fetch --update}). */
        CLONE_AND_UPDATE
    }

    private static final int SHORT_ID = 12;

    private final GitCheckout git;
    private final int concurrency;

    /**
     * @param git         how to clone and update
     * @param concurrency how many repositories to fetch at once ({@code repositories.clone_concurrency})
     */
    public RepositoryFetcher(GitCheckout git, int concurrency) {
        this.git = Objects.requireNonNull(git);
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be >= 1, was " + concurrency);
        }
        this.concurrency = concurrency;
    }

    /**
     * Fetches {@code repositories} into {@code base}. Failures of single repositories are results,
     * not exceptions: the others go on.
     *
     * @param onResult called with each result as it arrives, always on the calling thread
     * @return every result, in the order of {@code repositories}
     * @throws CcpException when {@code base} cannot be created or the calling thread is interrupted
     */
    public FetchReport fetch(Path base, List<RepositorySpec> repositories, Mode mode, Consumer<FetchResult> onResult) {
        if (repositories.isEmpty()) {
            return FetchReport.empty();
        }
        try {
            Files.createDirectories(base);
        } catch (IOException e) {
            throw new CcpException("cannot create the repositories directory " + base + ": " + e.getMessage(), e);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, repositories.size()), new FetchThreads());
        try {
            CompletionService<Numbered> completed = new ExecutorCompletionService<>(pool);
            for (int i = 0; i < repositories.size(); i++) {
                int index = i;
                RepositorySpec repository = repositories.get(i);
                completed.submit(() -> new Numbered(index, fetchOne(base, repository, mode)));
            }
            FetchResult[] results = new FetchResult[repositories.size()];
            for (int i = 0; i < results.length; i++) {
                Numbered next = completed.take().get();
                results[next.index()] = next.result();
                onResult.accept(next.result());
            }
            return new FetchReport(Arrays.asList(results));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CcpException("fetching the repositories was interrupted", e);
        } catch (ExecutionException e) {
            // fetchOne turns every exception into a result: only an Error gets here
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private FetchResult fetchOne(Path base, RepositorySpec repository, Mode mode) {
        String name = repository.name();
        try {
            if (!isPlainName(name)) {
                return FetchResult.failed(name, FetchStatus.CLONE_FAILED,
                        "the name '" + name + "' is not a plain directory name");
            }
            Path destination = base.resolve(name);
            String ref = repository.gitRef().filter(r -> !r.isBlank()).orElse(null);
            if (Files.isDirectory(destination)) {
                return mode == Mode.CLONE_AND_UPDATE
                        ? update(name, destination, ref)
                        : new FetchResult(name, FetchStatus.ALREADY_CLONED, Optional.empty(),
                                "already cloned in " + destination + ", not touched");
            }
            if (Files.exists(destination)) {
                return FetchResult.failed(name, FetchStatus.CLONE_FAILED, destination + " exists and is not a directory");
            }
            return cloneInto(name, destination, repository.gitUrl(), ref);
        } catch (RuntimeException e) {
            return FetchResult.failed(name, FetchStatus.CLONE_FAILED, "internal error: " + e);
        }
    }

    private FetchResult cloneInto(String name, Path destination, String url, String ref) {
        Path staging = destination.resolveSibling("." + name + ".fetching");
        try {
            RepositoriesDirectory.deleteTree(staging);
        } catch (IOException e) {
            return FetchResult.failed(name, FetchStatus.CLONE_FAILED,
                    "cannot delete " + staging + " left by an earlier fetch: " + e.getMessage());
        }
        try {
            String commit = git.cloneAt(url, ref, staging);
            Files.move(staging, destination, StandardCopyOption.ATOMIC_MOVE);
            return new FetchResult(name, FetchStatus.CLONED, Optional.of(commit),
                    "cloned " + url + (ref == null ? "" : " at " + ref) + " (" + shortId(commit) + ")");
        } catch (GitCheckoutException e) {
            FetchStatus status = e.step() == GitCheckoutException.Step.CHECKOUT ? FetchStatus.CHECKOUT_FAILED
                    : FetchStatus.CLONE_FAILED;
            return FetchResult.failed(name, status, e.getMessage());
        } catch (CcpException e) {
            return FetchResult.failed(name, FetchStatus.CLONE_FAILED, e.getMessage());
        } catch (IOException e) {
            deleteQuietly(staging);
            return FetchResult.failed(name, FetchStatus.CLONE_FAILED,
                    "cannot move the clone of " + url + " to " + destination + ": " + e.getMessage());
        }
    }

    private FetchResult update(String name, Path destination, String ref) {
        try {
            String before = git.head(destination);
            String after = git.update(destination, ref);
            String target = ref == null ? "its branch" : ref;
            String message = before.equals(after)
                    ? "already at " + target + " (" + shortId(after) + ")"
                    : "moved to " + target + ": " + shortId(before) + " -> " + shortId(after);
            return new FetchResult(name, FetchStatus.UPDATED, Optional.of(after), message);
        } catch (CcpException e) {
            return FetchResult.failed(name, FetchStatus.UPDATE_FAILED, e.getMessage());
        }
    }

    /**
     * A single directory name: no separators, not {@code .} or {@code ..} (the configuration
     * schema checks this too; the runner does not rely on it before writing to disk).
     */
    private static boolean isPlainName(String name) {
        return !name.isEmpty() && !name.equals(".") && !name.equals("..") && !name.contains("/") && !name.contains("\\");
    }

    private static String shortId(String commit) {
        return commit.length() > SHORT_ID ? commit.substring(0, SHORT_ID) : commit;
    }

    private static void deleteQuietly(Path directory) {
        try {
            RepositoriesDirectory.deleteTree(directory);
        } catch (IOException ignored) {
            // the next fetch deletes the staging directory before it clones again
        }
    }

    private record Numbered(int index, FetchResult result) {
    }

    /** Daemon threads named {@code ccp-fetch-N}: a fetch never keeps the JVM alive. */
    private static final class FetchThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "ccp-fetch-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
