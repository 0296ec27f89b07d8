package dev.ccp.dsl.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code repositories} section: which component repositories to use and how to fetch them.
 *
 * @param path               where fetched repositories live ({@code ~} already expanded)
 * @param repos              the configured repositories in order; empty means the in-tree components
 * @param autoFetch          fetch before commands that need the repositories ({@code repositories.clone})
 * @param cloneConcurrency   how many repositories to fetch at once
 * @param skipEmpty          skip repositories without service definitions
 * @param entrypointRepoName the repository of the in-container entrypoint (kept for compatibility)
 */
public record RepositoriesConfig(Path path, List<RepositorySpec> repos, boolean autoFetch, int cloneConcurrency,
        boolean skipEmpty, String entrypointRepoName) {

    public RepositoriesConfig {
        Objects.requireNonNull(path, "path");
        repos = List.copyOf(repos);
        Objects.requireNonNull(entrypointRepoName, "entrypointRepoName");
    }

    /**
     * One entry of {@code repositories.repos}.
     *
     * @param name   the directory name under {@link #path()}
     * @param gitUrl where to clone it from
     * @param gitRef the branch, tag or commit; the remote's default branch when empty
     */
    public record RepositorySpec(String name, String gitUrl, Optional<String> gitRef) {

        public RepositorySpec {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(gitUrl, "gitUrl");
            Objects.requireNonNull(gitRef, "gitRef");
        }
    }
}
