package dev.ccp.cli.command;

import dev.ccp.cli.CcpCommand;
import dev.ccp.cli.CommandContext;
import dev.ccp.cli.CommandOptions;
import dev.ccp.cli.CommandSpec;
import dev.ccp.dsl.config.ConfigDumper;
import dev.ccp.dsl.config.LoadedConfig;
import org.apache.commons.cli.CommandLine;

/**
 * {@code ccp config dump [--explain]}: the merged configuration as YAML with sorted keys and
 * secrets masked; with {@code --explain}, the layer, file and line that set each value.
 */
public final class ConfigDumpCommand implements CcpCommand {

    private static final String EXPLAIN = "explain";

    @Override
    public CommandSpec spec() {
        return new CommandSpec("config dump", "print the merged configuration (secrets masked)", "",
                CommandOptions.of(CommandOptions.flag(null, EXPLAIN, "show the layer, file and line that set each value")));
    }

    @Override
    public int run(CommandContext context, CommandLine line) {
        LoadedConfig loaded = context.loadConfig();
        String yaml = line.hasOption(EXPLAIN) ? ConfigDumper.dumpExplained(loaded.tree()) : ConfigDumper.dump(loaded.tree());
        context.console().out().print(yaml);
        context.console().out().flush();
        return 0;
    }
}
