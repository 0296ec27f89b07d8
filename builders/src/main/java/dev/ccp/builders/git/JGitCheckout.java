package dev.ccp.builders.git;

import dev.ccp.builders.git.GitCheckoutException.Step;
import dev.ccp.dsl.files.FileTrees;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.errors.RemoteRepositoryException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.TagOpt;

/**
 * {@link GitCheckout} with JGit. A clone is made with the remote's default branch checked out
 * and then moved to the ref (see {@link RefCheckout}); a clone whose checkout fails is deleted,
 * so a destination either holds the requested ref or does not exist.
 */
public final class JGitCheckout implements GitCheckout {

    /** How long a network read may stall before the transfer is abandoned. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    /** How long to wait for JGit's background gc of a fresh clone (see {@link #awaitBackgroundGc}). */
    private static final Duration BACKGROUND_GC_WAIT = Duration.ofSeconds(30);

    private final int timeoutSeconds;

    public JGitCheckout() {
        this(DEFAULT_TIMEOUT);
    }

    public JGitCheckout(Duration ioTimeout) {
        long seconds = ioTimeout.toSeconds();
        if (seconds < 1 || seconds > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("timeout must be between 1 s and " + Integer.MAX_VALUE + " s, was " + ioTimeout);
        }
        this.timeoutSeconds = (int) seconds;
    }

    @Override
    public String cloneAt(String url, String ref, Path destination) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(destination, "destination");
        if (Files.exists(destination)) {
            throw new GitCheckoutException(Step.CLONE, "cannot clone " + url + " into " + destination + ": it already exists");
        }
        Git git = cloneRepository(url, destination.toFile());
        awaitBackgroundGc(git.getRepository());
        try (git) {
            return ref == null ? headCommit(git.getRepository(), url) : new RefCheckout(git, url).checkOut(ref);
        } catch (GitCheckoutException e) {
            throw deleteAfterFailure(destination, e);
        }
    }

    @Override
    public String update(Path repository, String ref) {
        Objects.requireNonNull(repository, "repository");
        try (Git git = open(repository)) {
            String url = originUrl(git.getRepository(), repository);
            fetch(git, url);
            String target = ref != null ? ref : currentBranch(git.getRepository(), repository);
            return new RefCheckout(git, url).checkOut(target);
        }
    }

    @Override
    public String head(Path repository) {
        Objects.requireNonNull(repository, "repository");
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(repository.toFile());
        if (builder.getGitDir() == null) {
            throw new GitCheckoutException(Step.READ, repository + " is not in a git repository");
        }
        try (Repository repo = builder.setMustExist(true).build()) {
            return headCommit(repo, repository.toString());
        } catch (IOException e) {
            throw new GitCheckoutException(Step.READ, "cannot read the git repository of " + repository + ": " + e.getMessage(), e);
        }
    }

    private Git cloneRepository(String url, File directory) {
        try {
            return Git.cloneRepository().setURI(url).setDirectory(directory).setTimeout(timeoutSeconds).call();
        } catch (GitAPIException | JGitInternalException e) {
            throw deleteAfterFailure(directory.toPath(),
                    new GitCheckoutException(Step.CLONE, "cannot clone " + url + ": " + cloneFailureReason(url, e), e));
        }
    }

    /**
     * Why a clone failed. A missing repository shows up as an invalid remote (paths,
     * {@code file://}), "not found" (HTTP) or a refusal by the server ({@code git daemon} answers
     * "access denied or repository not exported" without saying which).
     */
    /**
     * After every fetch JGit starts an automatic gc on its own background thread (JGit's
     * {@code fetch.autogc} and {@code gc.autoDetach}, both true by default), holding
     * {@code .git/gc.log.lock} from before the fetch returns until the gc ends. A fresh clone has
     * nothing to collect, so that is soon; waiting for it keeps a failed clone's deletion, and the
     * caller's moving of the clone, from racing the gc's lock file.
     */
    private static void awaitBackgroundGc(Repository repository) {
        Path lock = repository.getDirectory().toPath().resolve("gc.log.lock");
        long deadline = System.nanoTime() + BACKGROUND_GC_WAIT.toNanos();
        while (Files.exists(lock) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String cloneFailureReason(String url, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidRemoteException || t instanceof NoRemoteRepositoryException) {
                return "repository does not exist";
            }
            if (t instanceof RemoteRepositoryException refused) {
                String said = refused.getMessage().startsWith(url + ": ")
                        ? refused.getMessage().substring(url.length() + 2) : refused.getMessage();
                return "repository does not exist (the server says: " + said + ")";
            }
        }
        return GitMessages.reason(e);
    }

    private void fetch(Git git, String url) {
        try {
            git.fetch().setRemote(Constants.DEFAULT_REMOTE_NAME).setTagOpt(TagOpt.FETCH_TAGS).setRemoveDeletedRefs(true)
                    .setTimeout(timeoutSeconds).call();
        } catch (GitAPIException | JGitInternalException e) {
            throw new GitCheckoutException(Step.FETCH, "cannot fetch " + url + " into " + git.getRepository().getWorkTree()
                    + ": " + GitMessages.reason(e), e);
        }
    }

    private static Git open(Path repository) {
        try {
            return Git.open(repository.toFile());
        } catch (RepositoryNotFoundException e) {
            throw new GitCheckoutException(Step.FETCH, repository + " is not a git repository");
        } catch (IOException e) {
            throw new GitCheckoutException(Step.FETCH, "cannot open the git repository " + repository + ": " + e.getMessage(), e);
        }
    }

    private static String originUrl(Repository repo, Path repository) {
        String url = repo.getConfig().getString("remote", Constants.DEFAULT_REMOTE_NAME, "url");
        if (url == null) {
            throw new GitCheckoutException(Step.FETCH, repository + " has no remote '" + Constants.DEFAULT_REMOTE_NAME
                    + "' to fetch from");
        }
        return url;
    }

    private static String currentBranch(Repository repo, Path repository) {
        try {
            String full = repo.getFullBranch();
            if (full == null || !full.startsWith(Constants.R_HEADS)) {
                throw new GitCheckoutException(Step.CHECKOUT, "HEAD of " + repository
                        + " is detached and no ref is configured: nothing to update to");
            }
            return Repository.shortenRefName(full);
        } catch (IOException e) {
            throw new GitCheckoutException(Step.READ, "cannot read HEAD of " + repository + ": " + e.getMessage(), e);
        }
    }

    private static String headCommit(Repository repo, String where) {
        try {
            ObjectId head = repo.resolve(Constants.HEAD + "^{commit}");
            if (head == null) {
                throw new GitCheckoutException(Step.READ, "the repository " + where + " has no commits");
            }
            return head.name();
        } catch (IOException e) {
            throw new GitCheckoutException(Step.READ, "cannot read HEAD of " + where + ": " + e.getMessage(), e);
        }
    }

    /** Deletes what a failed clone left behind; returns {@code failure} to throw. */
    private static GitCheckoutException deleteAfterFailure(Path directory, GitCheckoutException failure) {
        try {
            deleteRecursively(directory);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
        return failure;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        FileTrees.deleteTree(directory);
    }
}
