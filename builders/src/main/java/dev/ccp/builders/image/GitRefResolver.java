package dev.ccp.builders.image;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;

/**
 * The commit a {@code git_ref} names in a remote repository, found without cloning: a full
 * commit id is its own answer; a branch or tag name is looked up in the remote's advertised refs
 * ({@code git ls-remote}), a branch winning over a tag of the same name as {@code git checkout}
 * does. Empty when it cannot be told that way (a short commit id, an annotated tag advertised
 * without its peeled commit, an unreachable remote): the caller then clones to find out.
 */
public class GitRefResolver {

    private static final Pattern FULL_COMMIT = Pattern.compile("[0-9a-fA-F]{40}");

    private final int timeoutSeconds;

    public GitRefResolver(Duration timeout) {
        this.timeoutSeconds = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toSeconds()));
    }

    /** @param ref a branch, tag or commit id; null for the remote's HEAD */
    public Optional<String> commitOf(String url, String ref) {
        if (ref != null && FULL_COMMIT.matcher(ref).matches()) {
            return Optional.of(ref.toLowerCase(java.util.Locale.ROOT));
        }
        Collection<Ref> refs;
        try {
            refs = Git.lsRemoteRepository().setRemote(url).setTimeout(timeoutSeconds).callAsMap().values();
        } catch (GitAPIException | JGitInternalException e) {
            return Optional.empty();
        }
        List<String> candidates = ref == null ? List.of(Constants.HEAD)
                : List.of(ref, Constants.R_HEADS + ref, Constants.R_TAGS + ref);
        for (String candidate : candidates) {
            for (Ref advertised : refs) {
                if (advertised.getName().equals(candidate)) {
                    return commit(advertised);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> commit(Ref ref) {
        ObjectId peeled = ref.getPeeledObjectId();
        if (peeled != null) {
            return Optional.of(peeled.name());
        }
        if (ref.isPeeled() && ref.getObjectId() != null) {
            // a peeled ref without a peeled id is not a tag object: it names the commit itself
            return Optional.of(ref.getObjectId().name());
        }
        return ref.getName().startsWith(Constants.R_TAGS) ? Optional.empty()
                : Optional.ofNullable(ref.getObjectId()).map(ObjectId::name);
    }
}
