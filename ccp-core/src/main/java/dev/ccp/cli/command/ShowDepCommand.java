package dev.ccp.cli.command;

import dev.ccp.cli.CcpCommand;
import dev.ccp.cli.CommandContext;
import dev.ccp.cli.CommandOptions;
import dev.ccp.cli.CommandSpec;
import dev.ccp.dsl.cloud.CloudLoader;
import dev.ccp.dsl.component.ServiceCatalog;
import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import java.util.List;
import org.apache.commons.cli.CommandLine;

/**
 * {@code ccp show-dep C [C ...]}: the components the given ones need (transitively, etcd
 * always), sorted on one line; {@code --graph} prints the whole dependency graph as DOT.
 */
public final class ShowDepCommand implements CcpCommand {

    private static final String GRAPH = "graph";

    @Override
    public CommandSpec spec() {
        return new CommandSpec("show-dep", "show the components that the given components need", "COMPONENT [COMPONENT ...]",
                CommandOptions.of(CommandOptions.flag(null, GRAPH, "print the dependency graph (Graphviz DOT) instead")));
    }

    @Override
    public int run(CommandContext context, CommandLine line) {
        List<String> requested = line.getArgList();
        if (requested.isEmpty() && !line.hasOption(GRAPH)) {
            throw new InvalidInputException(Problem.at(null, "", "name at least one component. Usage: " + spec().usage()));
        }
        ServiceCatalog services = CloudLoader.standard().components(context.loadConfig()).services();
        if (line.hasOption(GRAPH)) {
            if (!requested.isEmpty()) {
                services.requireDeployable(requested);
            }
            context.console().out().print(services.graph().toDot());
            context.console().out().flush();
            return 0;
        }
        services.requireDeployable(requested);
        context.console().println(String.join(" ", services.graph().closure(requested)));
        return 0;
    }
}
