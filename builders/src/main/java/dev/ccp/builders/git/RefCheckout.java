package dev.ccp.builders.git;

import dev.ccp.builders.git.GitCheckoutException.Step;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.CreateBranchCommand.SetupUpstreamMode;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand.FastForwardMode;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.errors.CheckoutConflictException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;

/**
 * Moves a clone to a ref as {@code git checkout} does: a branch of {@code origin} becomes a local
 * branch tracking it (an existing local branch is fast-forwarded to {@code origin}, never reset,
 * so local commits and changes are kept); a tag or a full or short commit id is checked out on
 * a detached HEAD.
 */
final class RefCheckout {

    private static final String ORIGIN = Constants.DEFAULT_REMOTE_NAME;
    private static final int MAX_PATHS_SHOWN = 5;

    private final Git git;
    private final Repository repository;
    private final String url;

    RefCheckout(Git git, String url) {
        this.git = git;
        this.repository = git.getRepository();
        this.url = url;
    }

    /** Checks out {@code ref} and returns the commit id HEAD now points at. */
    String checkOut(String ref) {
        String branch = ref.startsWith(Constants.R_HEADS) ? ref.substring(Constants.R_HEADS.length()) : ref;
        try {
            if (repository.exactRef(remoteBranch(branch)) != null) {
                checkOutBranch(branch);
            } else {
                git.checkout().setName(commitOf(ref).name()).call();
            }
            return repository.resolve(Constants.HEAD).name();
        } catch (CheckoutConflictException e) {
            throw failure("cannot check out '" + ref + "' in " + repository.getWorkTree() + ": local changes to "
                    + shown(e.getConflictingPaths()) + " would be overwritten", e);
        } catch (GitAPIException | JGitInternalException | IOException e) {
            throw failure("cannot check out '" + ref + "' of " + url + ": " + GitMessages.reason(e), e);
        }
    }

    private void checkOutBranch(String branch) throws GitAPIException, IOException {
        if (repository.exactRef(Constants.R_HEADS + branch) == null) {
            git.checkout().setCreateBranch(true).setName(branch).setStartPoint(ORIGIN + "/" + branch)
                    .setUpstreamMode(SetupUpstreamMode.TRACK).call();
            return;
        }
        git.checkout().setName(branch).call();
        fastForward(branch);
    }

    private void fastForward(String branch) throws GitAPIException, IOException {
        Ref remote = repository.exactRef(remoteBranch(branch));
        MergeResult result = git.merge().include(remote).setFastForward(FastForwardMode.FF_ONLY).call();
        switch (result.getMergeStatus()) {
            case FAST_FORWARD, ALREADY_UP_TO_DATE -> {
                // moved, or nothing to do
            }
            case ABORTED -> throw failure("branch '" + branch + "' in " + repository.getWorkTree()
                    + " has commits that " + ORIGIN + "/" + branch + " does not have: not moved", null);
            case FAILED -> throw failure("cannot fast-forward branch '" + branch + "' in " + repository.getWorkTree()
                    + ": local changes to " + shown(failingPaths(result)) + " would be overwritten", null);
            default -> throw failure("cannot fast-forward branch '" + branch + "' in " + repository.getWorkTree()
                    + " to " + ORIGIN + "/" + branch + ": " + result.getMergeStatus(), null);
        }
    }

    private ObjectId commitOf(String ref) throws IOException {
        try {
            ObjectId commit = repository.resolve(ref + "^{commit}");
            if (commit != null) {
                return commit;
            }
        } catch (AmbiguousObjectException e) {
            throw failure("ref '" + ref + "' is ambiguous in " + url + ": several objects have ids starting with it", e);
        } catch (RevisionSyntaxException | IncorrectObjectTypeException | MissingObjectException e) {
            // not a name of a commit: reported as not found below
        }
        throw failure("ref '" + ref + "' not found in " + url, null);
    }

    private static String remoteBranch(String branch) {
        return Constants.R_REMOTES + ORIGIN + "/" + branch;
    }

    private static List<String> failingPaths(MergeResult result) {
        Map<String, ?> failing = result.getFailingPaths();
        return failing == null ? List.of() : failing.keySet().stream().sorted().toList();
    }

    private static String shown(List<String> paths) {
        List<String> sorted = paths.stream().sorted().toList();
        if (sorted.size() <= MAX_PATHS_SHOWN) {
            return String.join(", ", sorted);
        }
        return String.join(", ", sorted.subList(0, MAX_PATHS_SHOWN)) + " and " + (sorted.size() - MAX_PATHS_SHOWN) + " more";
    }

    private static GitCheckoutException failure(String message, Throwable cause) {
        return new GitCheckoutException(Step.CHECKOUT, message, cause);
    }
}
