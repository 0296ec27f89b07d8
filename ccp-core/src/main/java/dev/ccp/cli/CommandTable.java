package dev.ccp.cli;

import static dev.ccp.cli.CommandOptions.components;
import static dev.ccp.cli.CommandOptions.flag;
import static dev.ccp.cli.CommandOptions.of;
import static dev.ccp.cli.CommandOptions.valued;

import dev.ccp.builders.git.JGitCheckout;
import dev.ccp.cli.command.BuildCommand;
import dev.ccp.cli.command.CleanupCommand;
import dev.ccp.cli.command.ConfigDumpCommand;
import dev.ccp.cli.command.DeployCommand;
import dev.ccp.cli.command.DiffCommand;
import dev.ccp.cli.command.DomainsListCommand;
import dev.ccp.cli.command.FetchCommand;
import dev.ccp.cli.command.ImagesListCommand;
import dev.ccp.cli.command.PendingCommand;
import dev.ccp.cli.command.PreflightCommand;
import dev.ccp.cli.command.ShowDepCommand;
import dev.ccp.cli.command.StatusCommand;
import dev.ccp.cli.command.ValidateCommand;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.cli.Option;

/** Every {@code ccp} command by name: the one table the dispatcher reads. */
public final class CommandTable {

    private final Map<String, CcpCommand> commands;

    public CommandTable(List<CcpCommand> commands) {
        Map<String, CcpCommand> byName = new LinkedHashMap<>();
        for (CcpCommand command : commands) {
            if (byName.put(command.spec().name(), command) != null) {
                throw new IllegalArgumentException("command registered twice: " + command.spec().name());
            }
        }
        this.commands = Collections.unmodifiableMap(byName);
    }

    /** The commands of REFERENCE section 1, each either working or saying when it arrives. */
    public static CommandTable standard() {
        List<CcpCommand> all = new ArrayList<>();
        String builder = "the image builder issue";
        String actions = "the actions issue";
        all.add(new BuildCommand(new JGitCheckout()));
        all.add(new DeployCommand());
        all.add(new DiffCommand());
        all.add(new PreflightCommand());
        all.add(new FetchCommand());
        all.add(new ValidateCommand());
        all.add(new CleanupCommand());
        all.add(new ShowDepCommand());
        all.add(new StatusCommand());
        all.add(new ConfigDumpCommand());
        all.add(new ImagesListCommand());
        all.add(new DomainsListCommand());
        all.add(new PendingCommand(new CommandSpec("action list", "list actions", "", null), actions));
        all.add(new PendingCommand(new CommandSpec("action log", "print an action's log", "ACTION", null), actions));
        all.add(new PendingCommand(new CommandSpec("action show", "show an action", "ACTION", null), actions));
        all.add(new PendingCommand(new CommandSpec("action status", "show the status of actions", "[ACTION ...]", null), actions));
        all.add(new PendingCommand(new CommandSpec("action run", "run an action", "ACTION",
                of(Option.builder("p").longOpt("parameter").hasArg().argName("KEY=VALUE")
                        .desc("action parameter (repeatable)").get())), actions));
        all.add(new PendingCommand(new CommandSpec("action delete", "delete actions", "ACTION [ACTION ...]", null), actions));
        return new CommandTable(all);
    }

    /** Returns a copy of this table with {@code command} replacing the entry of the same name. */
    public CommandTable with(CcpCommand command) {
        List<CcpCommand> all = new ArrayList<>();
        boolean replaced = false;
        for (CcpCommand existing : commands.values()) {
            if (existing.spec().name().equals(command.spec().name())) {
                all.add(command);
                replaced = true;
            } else {
                all.add(existing);
            }
        }
        if (!replaced) {
            all.add(command);
        }
        return new CommandTable(all);
    }

    public Optional<CcpCommand> find(String name) {
        return Optional.ofNullable(commands.get(name));
    }

    public List<CcpCommand> all() {
        return List.copyOf(commands.values());
    }

    public Set<String> names() {
        return new TreeSet<>(commands.keySet());
    }

    /** First words of two-word commands ({@code config}, {@code images}, ...). */
    public Set<String> groups() {
        Set<String> groups = new TreeSet<>();
        for (String name : commands.keySet()) {
            int space = name.indexOf(' ');
            if (space > 0) {
                groups.add(name.substring(0, space));
            }
        }
        return groups;
    }
}
