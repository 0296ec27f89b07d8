package dev.ccp.cli.command;

import dev.ccp.cli.CcpCommand;
import dev.ccp.cli.CommandContext;
import dev.ccp.cli.CommandSpec;
import dev.ccp.dsl.problem.CcpException;
import org.apache.commons.cli.CommandLine;

/**
 * A command that is registered (so its name, options and help are known) but delivered by a
 * later issue. It never pretends to work: it says so and exits 1.
 */
public final class PendingCommand implements CcpCommand {

    private final CommandSpec spec;
    private final String arrivesWith;

    public PendingCommand(CommandSpec spec, String arrivesWith) {
        this.spec = spec;
        this.arrivesWith = arrivesWith;
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public int run(CommandContext context, CommandLine line) {
        throw new CcpException("'ccp " + spec.name() + "' is not available yet (it arrives with " + arrivesWith + ")");
    }
}
