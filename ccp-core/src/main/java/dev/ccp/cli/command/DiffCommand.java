package dev.ccp.cli.command;

import dev.ccp.cli.CcpCommand;
import dev.ccp.cli.CommandContext;
import dev.ccp.cli.CommandOptions;
import dev.ccp.cli.CommandSpec;
import org.apache.commons.cli.CommandLine;

/**
 * {@code ccp diff}: the same as {@code ccp deploy --plan}, through the same code path. Shows for
 * each object whether it would be created, updated, left unchanged or pruned, and writes nothing.
 */
public final class DiffCommand implements CcpCommand {

    private final DeployCommand deploy = new DeployCommand();

    @Override
    public CommandSpec spec() {
        return new CommandSpec("diff", "show what `ccp deploy` would change in the cluster (same as deploy --plan)", "",
                CommandOptions.of(CommandOptions.components(),
                        CommandOptions.valued(null, "nodes", "N1,N2,...", "node names to place services on (default: the cluster's nodes)"),
                        CommandOptions.valued("f", "format", "text|json", "output format (default text)")));
    }

    @Override
    public int run(CommandContext context, CommandLine line) {
        return deploy.run(context, line, true);
    }
}
