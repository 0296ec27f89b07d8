package dev.ccp.cli;

import java.util.Objects;
import org.apache.commons.cli.Options;

/**
 * What a command is called and what it accepts.
 *
 * @param name      one or two words ({@code validate}, {@code config dump})
 * @param summary   one line for {@code ccp --help}
 * @param arguments positional arguments for the usage line ({@code "[COMPONENT ...]"}), or empty
 * @param options   the command's own options (the global ones are added by the dispatcher)
 */
public record CommandSpec(String name, String summary, String arguments, Options options) {

    public CommandSpec {
        Objects.requireNonNull(name);
        Objects.requireNonNull(summary);
        arguments = arguments == null ? "" : arguments;
        options = options == null ? new Options() : options;
    }

    public String usage() {
        return "ccp " + name + " [options]" + (arguments.isEmpty() ? "" : " " + arguments);
    }
}
