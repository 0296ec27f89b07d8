package dev.ccp.cli.command;

import dev.ccp.builders.git.GitCheckout;
import dev.ccp.builders.git.JGitCheckout;
import dev.ccp.cli.CcpCommand;
import dev.ccp.cli.CommandContext;
import dev.ccp.cli.CommandOptions;
import dev.ccp.cli.CommandSpec;
import dev.ccp.cli.fetch.FetchProgress;
import dev.ccp.cli.fetch.FetchReport;
import dev.ccp.cli.fetch.RepositoriesDirectory;
import dev.ccp.cli.fetch.RepositoryFetcher;
import dev.ccp.dsl.config.ConfigLoader;
import dev.ccp.dsl.config.RepositoriesConfig;
import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import java.util.Objects;
import org.apache.commons.cli.CommandLine;

/**
 * {@code ccp fetch [-f/--force] [--update]} (REFERENCE 1.4, 7.1): clones every repository of
 * {@code repositories.repos} into {@code repositories.path/<name>}, several at a time, at its
 * {@code git_ref}; prints the summary of the original and exits 1 when a clone or checkout
 * failed. {@code --force} deletes {@code repositories.path} first; {@code --update} also fetches
 * the existing clones and moves them to their ref (fast-forward only: local work is kept).
 */
public final class FetchCommand implements CcpCommand {

    private static final String FORCE = "force";
    private static final String UPDATE = "update";

    private final GitCheckout git;

    public FetchCommand() {
        this(new JGitCheckout());
    }

    public FetchCommand(GitCheckout git) {
        this.git = Objects.requireNonNull(git);
    }

    @Override
    public CommandSpec spec() {
        return new CommandSpec("fetch", "clone the component repositories", "", CommandOptions.of(
                CommandOptions.flag("f", FORCE, "delete repositories.path first, then clone every repository"),
                CommandOptions.flag(null, UPDATE, "also fetch the existing clones and check out their git_ref "
                        + "(fast-forward only; local commits and changes are kept)")));
    }

    @Override
    public int run(CommandContext context, CommandLine line) {
        boolean force = line.hasOption(FORCE);
        boolean update = line.hasOption(UPDATE);
        if (force && update) {
            throw new InvalidInputException(Problem.at(null, "", "--force and --update cannot be combined: "
                    + "--force deletes every clone and clones it again. Usage: " + spec().usage()));
        }
        RepositoriesConfig repositories = new ConfigLoader()
                .loadWithoutComponents(context.global().configFile(), context.environment().host())
                .config().repositories();
        if (repositories.repos().isEmpty()) {
            context.console().println("repositories.repos is empty: the components shipped with ccp ("
                    + context.environment().inTreeComponents() + ") are used; nothing to fetch");
            return 0;
        }
        if (force && RepositoriesDirectory.wipe(repositories.path(), context.environment().home())) {
            context.console().info("deleted " + repositories.path() + " (--force)");
        }
        context.console().info("Cloning repositories into " + repositories.path());
        RepositoryFetcher.Mode mode = update ? RepositoryFetcher.Mode.CLONE_AND_UPDATE : RepositoryFetcher.Mode.CLONE_MISSING;
        FetchReport report = new RepositoryFetcher(git, repositories.cloneConcurrency())
                .fetch(repositories.path(), repositories.repos(), mode, new FetchProgress(context.console()));
        report.summaryLines().forEach(context.console()::println);
        return report.hasFailures() ? 1 : 0;
    }
}
