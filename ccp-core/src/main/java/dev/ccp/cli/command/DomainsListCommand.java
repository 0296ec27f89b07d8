package dev.ccp.cli.command;

import dev.ccp.cli.CcpCommand;
import dev.ccp.cli.CommandContext;
import dev.ccp.cli.CommandSpec;
import dev.ccp.dsl.cloud.Cloud;
import dev.ccp.dsl.cloud.CloudLoader;
import dev.ccp.renderer.Domains;
import org.apache.commons.cli.CommandLine;

/** {@code ccp domains list [C ...]}: the ingress domains of the given (or all) services (REFERENCE 1.11). */
public final class DomainsListCommand implements CcpCommand {

    @Override
    public CommandSpec spec() {
        return new CommandSpec("domains list", "list the ingress domains of services", "[COMPONENT ...]", null);
    }

    @Override
    public int run(CommandContext context, CommandLine line) {
        Cloud cloud = CloudLoader.standard().components(context.loadConfigAsIs());
        Domains.list(cloud.services(), cloud.config().config(), line.getArgList()).forEach(context.console()::println);
        return 0;
    }
}
