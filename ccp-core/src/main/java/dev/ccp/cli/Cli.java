package dev.ccp.cli;

import dev.ccp.dsl.problem.CcpException;
import dev.ccp.dsl.problem.Suggestions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;

/**
 * The subcommand dispatcher: finds the command words, parses global and command options with
 * Commons CLI, runs the command and turns failures into a message and an exit code.
 */
public final class Cli {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = CcpException.EXIT_FAILURE;
    public static final int EXIT_USAGE = CcpException.EXIT_INVALID;

    private final CommandTable table;
    private final Console console;
    private final RuntimeEnvironment environment;

    public Cli(CommandTable table, Console console, RuntimeEnvironment environment) {
        this.table = table;
        this.console = console;
        this.environment = environment;
    }

    /** Runs {@code ccp args...} and returns the exit code. Never throws. */
    public int run(String... args) {
        if (List.of(args).contains("--" + GlobalOptions.DEBUG)) {
            console.debugMode(true);
        }
        try {
            return dispatch(List.of(args));
        } catch (UsageException e) {
            console.error(e.getMessage());
            return EXIT_USAGE;
        } catch (CcpException e) {
            console.error(relativeToWorkingDir(e.getMessage()));
            if (console.debugMode()) {
                e.printStackTrace(console.errWriter());
            }
            return e.exitCode();
        } catch (RuntimeException | Error e) {
            console.error("internal error: " + e + (console.debugMode() ? "" : " (run with --debug for the stack trace)"));
            if (console.debugMode()) {
                e.printStackTrace(console.errWriter());
            }
            return EXIT_FAILURE;
        }
    }

    /** Paths under the current directory are shown relative to it: shorter, and what the user typed. */
    private String relativeToWorkingDir(String message) {
        String prefix = environment.workingDir().toString();
        if (prefix.equals("/") || message == null) {
            return message;
        }
        return message.replace(prefix + "/", "");
    }

    private int dispatch(List<String> args) {
        List<String> globals = new ArrayList<>();
        int index = 0;
        while (index < args.size() && isOption(args.get(index))) {
            String token = args.get(index++);
            globals.add(token);
            if (GlobalOptions.takesValue(token) && index < args.size()) {
                globals.add(args.get(index++));
            }
        }
        if (index == args.size()) {
            return withoutCommand(globals);
        }
        String first = args.get(index++);
        CcpCommand command;
        if (table.groups().contains(first)) {
            String second = index < args.size() ? args.get(index) : null;
            Optional<CcpCommand> found = second == null ? Optional.empty() : table.find(first + " " + second);
            if (found.isEmpty()) {
                List<String> choices = table.names().stream().filter(n -> n.startsWith(first + " "))
                        .map(n -> n.substring(first.length() + 1)).collect(Collectors.toList());
                String hint = second == null || isOption(second) ? "" : Suggestions.didYouMean(second, choices);
                throw new UsageException("'ccp " + first + "' needs a subcommand: " + String.join(", ", choices)
                        + (second == null || isOption(second) ? "" : "; '" + second + "' is not one" + hint)
                        + ". Run 'ccp --help'.");
            }
            index++;
            command = found.get();
        } else {
            command = table.find(first).orElseThrow(() -> new UsageException("'" + first + "' is not a ccp command"
                    + Suggestions.didYouMean(first, table.names()) + ". Run 'ccp --help'."));
        }
        List<String> rest = new ArrayList<>(globals);
        rest.addAll(args.subList(index, args.size()));
        CommandLine line = parse(command.spec(), rest);
        GlobalOptions global = globalOptions(line);
        configureOutput(global);
        if (line.hasOption(GlobalOptions.HELP)) {
            printCommandHelp(command.spec());
            return EXIT_OK;
        }
        if (line.hasOption(GlobalOptions.VERSION)) {
            console.println(Version.load().describe());
            return EXIT_OK;
        }
        return command.run(new CommandContext(console, global, environment), line);
    }

    private int withoutCommand(List<String> globals) {
        CommandLine line = parse(new CommandSpec("", "", "", null), globals);
        if (line.hasOption(GlobalOptions.VERSION)) {
            console.println(Version.load().describe());
            return EXIT_OK;
        }
        printGeneralHelp();
        if (line.hasOption(GlobalOptions.HELP)) {
            return EXIT_OK;
        }
        console.error("no command given");
        return EXIT_USAGE;
    }

    private CommandLine parse(CommandSpec spec, List<String> tokens) {
        Options options = GlobalOptions.options();
        for (Option option : spec.options().getOptions()) {
            options.addOption(option);
        }
        try {
            return DefaultParser.builder().setAllowPartialMatching(false).get()
                    .parse(options, tokens.toArray(String[]::new));
        } catch (UnrecognizedOptionException e) {
            List<String> known = new ArrayList<>();
            for (Option option : options.getOptions()) {
                if (option.getLongOpt() != null) {
                    known.add("--" + option.getLongOpt());
                }
                if (option.getOpt() != null) {
                    known.add("-" + option.getOpt());
                }
            }
            String bad = e.getOption().contains("=") ? e.getOption().substring(0, e.getOption().indexOf('=')) : e.getOption();
            throw new UsageException("unknown option '" + bad + "'" + Suggestions.didYouMean(bad, known)
                    + hintFor(spec));
        } catch (MissingArgumentException e) {
            throw new UsageException("option '" + display(e.getOption()) + "' needs a value" + hintFor(spec));
        } catch (ParseException e) {
            throw new UsageException(e.getMessage() + hintFor(spec));
        }
    }

    private static boolean isOption(String token) {
        return token.startsWith("-") && token.length() > 1;
    }

    private static String display(Option option) {
        return option.getLongOpt() != null ? "--" + option.getLongOpt() : "-" + option.getOpt();
    }

    private static String hintFor(CommandSpec spec) {
        return spec.name().isEmpty() ? ". Run 'ccp --help'." : ". Usage: " + spec.usage() + ". Run 'ccp " + spec.name() + " --help'.";
    }

    private static GlobalOptions globalOptions(CommandLine line) {
        int verbosity = 1;
        for (Option option : line.getOptions()) {
            if ("v".equals(option.getOpt())) {
                verbosity++;
            }
        }
        if (line.hasOption(GlobalOptions.QUIET)) {
            verbosity = 0;
        }
        Optional<Path> config = Optional.ofNullable(line.getOptionValue(GlobalOptions.CONFIG_FILE)).map(Cli::expand);
        Optional<Path> log = Optional.ofNullable(line.getOptionValue(GlobalOptions.LOG_FILE)).map(Cli::expand);
        return new GlobalOptions(config, line.hasOption(GlobalOptions.DEBUG), verbosity, log);
    }

    private static Path expand(String path) {
        String expanded = path.startsWith("~/") ? System.getProperty("user.home") + path.substring(1) : path;
        return Paths.get(expanded).toAbsolutePath().normalize();
    }

    private void configureOutput(GlobalOptions global) {
        console.debugMode(global.debug());
        console.verbosity(global.verbosity());
        LibraryLogging.configure(global);
        global.logFile().ifPresent(console::openLogFile);
    }

    private void printGeneralHelp() {
        PrintWriter out = console.out();
        out.println("usage: ccp [global options] COMMAND [options] [arguments]");
        out.println();
        out.println("Containerised control plane tool: builds OpenStack images and deploys them to Kubernetes.");
        out.println();
        out.println("Commands:");
        int width = table.names().stream().mapToInt(String::length).max().orElse(10);
        table.all().stream().sorted(Comparator.comparing(c -> c.spec().name()))
                .forEach(c -> out.printf("  %-" + width + "s  %s%n", c.spec().name(), c.spec().summary()));
        out.println();
        printOptions(out, "Global options:", GlobalOptions.options());
        out.println();
        out.println("Run 'ccp COMMAND --help' for the options of a command.");
        out.flush();
    }

    private void printCommandHelp(CommandSpec spec) {
        PrintWriter out = console.out();
        out.println("usage: " + spec.usage());
        out.println();
        out.println(spec.summary());
        if (!spec.options().getOptions().isEmpty()) {
            out.println();
            printOptions(out, "Options:", spec.options());
        }
        out.println();
        printOptions(out, "Global options:", GlobalOptions.options());
        out.flush();
    }

    private static void printOptions(PrintWriter out, String title, Options options) {
        out.println(title);
        List<String[]> rows = new ArrayList<>();
        for (Option option : options.getOptions()) {
            String names = (option.getOpt() != null ? "-" + option.getOpt() + ", " : "    ")
                    + (option.getLongOpt() != null ? "--" + option.getLongOpt() : "");
            if (option.hasArg()) {
                names += " " + option.getArgName() + (option.hasArgs() ? " ..." : "");
            }
            rows.add(new String[] {names, option.getDescription()});
        }
        rows.sort(Comparator.comparing(r -> r[0].replaceFirst("^-?\\w?,? *-*", "")));
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        for (String[] row : rows) {
            out.printf("  %-" + width + "s  %s%n", row[0], row[1]);
        }
    }

    /** Wrong usage of the command line: exit 2, no stack trace. */
    static final class UsageException extends CcpException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message, EXIT_INVALID_USAGE, null);
        }
    }

    private static final int EXIT_INVALID_USAGE = CcpException.EXIT_INVALID;
}
