package dev.ccp.cli.fetch;

import dev.ccp.builders.git.GitCheckout;
import dev.ccp.builders.git.JGitCheckout;
import dev.ccp.cli.CommandContext;
import dev.ccp.cli.Console;
import dev.ccp.dsl.config.ConfigLoader;
import dev.ccp.dsl.config.RepositoriesConfig;
import dev.ccp.dsl.config.RepositoriesConfig.RepositorySpec;
import dev.ccp.dsl.problem.CcpException;
import java.nio.file.Files;
import java.util.List;
import java.util.Objects;

/**
 * The automatic fetch of {@code repositories.clone} (REFERENCE 1.1): before a command reads the
 * component repositories, the configured ones that are not cloned yet are cloned. Repositories
 * already there are not touched, so a run with everything in place costs one directory check
 * per repository.
 */
public final class AutoFetch {

    private final GitCheckout git;

    public AutoFetch(GitCheckout git) {
        this.git = Objects.requireNonNull(git);
    }

    public static AutoFetch standard() {
        return new AutoFetch(new JGitCheckout());
    }

    /**
     * Reads the configuration without the component defaults (they live in the repositories
     * that may be missing) and clones the missing repositories. Call it before
     * {@link CommandContext#loadConfig()}, which then finds every repository.
     *
     * @return what was fetched; empty when nothing was missing, no repository is configured
     *         (the in-tree components are used) or {@code repositories.clone} is false
     * @throws CcpException naming the repositories that could not be cloned
     */
    public FetchReport ensureRepositories(CommandContext context) {
        RepositoriesConfig repositories = new ConfigLoader()
                .loadWithoutComponents(context.global().configFile(), context.environment().host())
                .config().repositories();
        return ensureRepositories(repositories, context.console());
    }

    /** As {@link #ensureRepositories(CommandContext)}, for a configuration already read. */
    public FetchReport ensureRepositories(RepositoriesConfig repositories, Console console) {
        if (!repositories.autoFetch()) {
            return FetchReport.empty();
        }
        List<RepositorySpec> missing = missing(repositories);
        if (missing.isEmpty()) {
            return FetchReport.empty();
        }
        console.info("cloning " + missing.size() + " missing repository(s) into " + repositories.path() + ": "
                + String.join(", ", missing.stream().map(RepositorySpec::name).toList()));
        FetchReport report = new RepositoryFetcher(git, repositories.cloneConcurrency())
                .fetch(repositories.path(), missing, RepositoryFetcher.Mode.CLONE_MISSING, new FetchProgress(console));
        report.summaryLines().forEach(console::info);
        if (report.hasFailures()) {
            List<String> failed = report.results().stream().filter(FetchResult::isFailure).map(FetchResult::name).toList();
            throw new CcpException("cannot fetch the component repositories " + String.join(", ", failed)
                    + " (see the errors above); fix repositories.repos, or clone them yourself into "
                    + repositories.path() + " and set repositories.clone: false");
        }
        return report;
    }

    /** The configured repositories without a directory under {@code repositories.path}, in order. */
    public static List<RepositorySpec> missing(RepositoriesConfig repositories) {
        return repositories.repos().stream()
                .filter(repo -> !Files.isDirectory(repositories.path().resolve(repo.name())))
                .toList();
    }
}
