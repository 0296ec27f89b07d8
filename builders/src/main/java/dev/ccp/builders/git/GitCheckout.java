package dev.ccp.builders.git;

import java.nio.file.Path;

/**
 * Clones a Git repository into a directory and checks out a ref (branch, tag or commit). Used by
 * {@code ccp fetch} for component repositories and by {@code copy_sources} for image sources.
 * Implementations report failures as {@link dev.ccp.dsl.problem.CcpException}s naming the URL
 * and the ref.
 */
public interface GitCheckout {

    /**
     * Clones {@code url} into {@code destination} (which must not exist yet) and checks out
     * {@code ref} when it is not null: a branch name, a tag name or a full/short commit id.
     *
     * @return the commit id checked out (40 hex digits)
     */
    String cloneAt(String url, String ref, Path destination);

    /**
     * Fetches {@code url} into the existing clone at {@code repository} and checks out
     * {@code ref} (for {@code ccp fetch --update}).
     *
     * @return the commit id checked out
     */
    String update(Path repository, String ref);

    /** The commit id HEAD points at in the clone or source directory {@code repository}. */
    String head(Path repository);
}
