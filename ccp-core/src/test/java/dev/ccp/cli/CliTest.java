package dev.ccp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.dsl.problem.CcpException;
import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.cli.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dispatcher in-process: command lookup, option parsing, exit codes, messages. */
class CliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<String> calls = new ArrayList<>();
    private GlobalOptions seenGlobal;
    private CommandLine seenLine;

    private CcpCommand command(String name, Function<CommandLine, Integer> body) {
        return new CcpCommand() {
            @Override
            public CommandSpec spec() {
                return new CommandSpec(name, "test command " + name, "[ARG ...]",
                        CommandOptions.of(CommandOptions.components(), CommandOptions.flag(null, "dry-run", "dry")));
            }

            @Override
            public int run(CommandContext context, CommandLine line) {
                calls.add(name);
                seenGlobal = context.global();
                seenLine = line;
                return body.apply(line);
            }
        };
    }

    private int run(String... args) {
        CommandTable table = CommandTable.standard()
                .with(command("validate", line -> 0))
                .with(command("config dump", line -> 0))
                .with(command("status", line -> {
                    throw new InvalidInputException("bad config", List.of(Problem.at("a.yaml", 3, "registry.port", "expected an integer, found 'x'")));
                }))
                .with(command("fetch", line -> {
                    throw new IllegalStateException("boom");
                }));
        Cli cli = new Cli(table, Console.capturing(out, err),
                new RuntimeEnvironment(Path.of("/home/u"), 2, Optional.empty(), Path.of("/tmp")));
        return cli.run(args);
    }

    @Test
    void runsTheNamedCommandWithItsOptionsAndArguments() {
        assertThat(run("validate", "-c", "keystone", "nova", "--dry-run")).isZero();
        assertThat(calls).containsExactly("validate");
        assertThat(seenLine.getOptionValues("components")).containsExactly("keystone", "nova");
        assertThat(seenLine.hasOption("dry-run")).isTrue();
    }

    @Test
    void lastComponentsOptionWinsAsInTheOriginal() {
        run("validate", "-c", "a", "b", "-c", "c");
        // Commons CLI accumulates values; the command reads the last occurrence through CommandOptions.
        assertThat(CommandOptions.lastValues(seenLine, "components")).containsExactly("c");
    }

    @Test
    void findsTwoWordCommands() {
        assertThat(run("config", "dump")).isZero();
        assertThat(calls).containsExactly("config dump");
    }

    @Test
    void globalOptionsBeforeOrAfterTheCommand() {
        run("--config-file", "/x/ccp.yaml", "-v", "-v", "validate", "--debug");
        assertThat(seenGlobal.configFile()).contains(Path.of("/x/ccp.yaml"));
        assertThat(seenGlobal.verbosity()).isEqualTo(3);
        assertThat(seenGlobal.debug()).isTrue();
        run("validate", "-q");
        assertThat(seenGlobal.verbosity()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "valdate | 'valdate' is not a ccp command (did you mean 'validate'?)",
        "validate --dry | unknown option '--dry' (did you mean '--dry-run'?)",
        "validate --componets x | unknown option '--componets' (did you mean '--components'?)",
        "config | 'ccp config' needs a subcommand: dump",
        "config dmup | 'dmup' is not one (did you mean 'dump'?)",
        "--config-file | option '--config-file' needs a value",
        "-v | no command given",
        "validate --config-file | option '--config-file' needs a value",
    })
    void usageErrorsExitWithTwoAndSuggest(String args, String message) {
        assertThat(run(args.split(" "))).isEqualTo(2);
        assertThat(err.toString()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(calls).isEmpty();
    }

    @Test
    void invalidInputExitsTwoWithFileLineAndKeyPath() {
        assertThat(run("status")).isEqualTo(2);
        assertThat(err.toString()).contains("bad config:").contains("a.yaml:3: registry.port: expected an integer, found 'x'")
                .doesNotContain("\tat ");
    }

    @Test
    void unexpectedErrorsExitOneWithoutStackTraceUnlessDebug() {
        assertThat(run("fetch")).isEqualTo(1);
        assertThat(err.toString()).contains("internal error: java.lang.IllegalStateException: boom")
                .contains("--debug").doesNotContain("\tat ");
        err.getBuffer().setLength(0);
        assertThat(run("fetch", "--debug")).isEqualTo(1);
        assertThat(err.toString()).contains("\tat ");
    }

    @Test
    void pendingCommandsSayNotAvailableAndExitOne() {
        assertThat(run("action", "list")).isEqualTo(1);
        assertThat(err.toString()).contains("'ccp action list' is not available yet");
        for (String name : CommandTable.standard().names()) {
            assertThat(CommandTable.standard().find(name)).isPresent();
        }
    }

    @Test
    void everyCommandOfTheOriginalIsRegistered() {
        assertThat(CommandTable.standard().names()).contains("build", "deploy", "fetch", "validate", "cleanup",
                "show-dep", "status", "config dump", "images list", "domains list", "action list", "action log",
                "action show", "action status", "action run", "action delete");
    }

    @Test
    void versionPrintsToolAndDslVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).matches("ccp \\S+, dsl version 0\\.10\\.0\\R");
    }

    @Test
    void helpListsCommandsAndPerCommandHelpListsOptions() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("show-dep").contains("config dump").contains("--config-file");
        out.getBuffer().setLength(0);
        assertThat(run("validate", "--help")).isZero();
        assertThat(out.toString()).contains("usage: ccp validate").contains("--components");
        assertThat(calls).isEmpty();
    }

    @Test
    void debugAndVerbosityFromTheConfigAreDefaultsTheCommandLineOverrides(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        Path config = java.nio.file.Files.writeString(dir.resolve("ccp.yaml"), "debug: true\nverbose_level: 1\n");
        java.nio.file.Files.createDirectories(dir.resolve("components"));
        CommandTable table = CommandTable.standard().with(command("validate", line -> {
            throw new CcpException("failed after loading");
        })).with(new CcpCommand() {
            @Override
            public CommandSpec spec() {
                return new CommandSpec("config dump", "loads then fails", "", null);
            }

            @Override
            public int run(CommandContext context, CommandLine line) {
                context.loadConfig();
                context.console().debug("a debug line");
                throw new CcpException("failed after loading");
            }
        });
        RuntimeEnvironment env = new RuntimeEnvironment(dir, 1, Optional.of(dir), dir);
        int code = new Cli(table, Console.capturing(out, err), env).run("--config-file", config.toString(), "config", "dump");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("a debug line").contains("\tat ");
        err.getBuffer().setLength(0);
        new Cli(table, Console.capturing(out, err), env).run("--config-file", config.toString(), "-q", "config", "dump");
        assertThat(err.toString()).doesNotContain("a debug line");
    }

    @Test
    void failureExceptionsKeepTheirExitCode() {
        CommandTable table = CommandTable.standard().with(command("validate", line -> {
            throw new CcpException("registry unreachable");
        }));
        int code = new Cli(table, Console.capturing(out, err),
                new RuntimeEnvironment(Path.of("/h"), 1, Optional.empty(), Path.of("/"))).run("validate");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("ccp: error: registry unreachable" + System.lineSeparator());
    }
}
