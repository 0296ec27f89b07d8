package dev.ccp.cli;

import org.apache.commons.cli.CommandLine;

/** One {@code ccp} subcommand. Commands are thin: they parse, call the core, print. */
public interface CcpCommand {

    CommandSpec spec();

    /**
     * Runs the command.
     *
     * @return the exit code (0 ok, 1 failure, 2 invalid input)
     * @throws dev.ccp.dsl.problem.CcpException for failures the user must see
     */
    int run(CommandContext context, CommandLine line);
}
