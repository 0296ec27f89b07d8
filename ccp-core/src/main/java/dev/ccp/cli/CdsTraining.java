package dev.ccp.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The workload {@code bin/ccp} runs once per jar to record a class-data-sharing archive: the
 * common commands against the bundled example, with all output discarded. Whatever classes these
 * load start from the archive afterwards.
 */
final class CdsTraining {

    static final String COMMAND = "__cds-training";

    private CdsTraining() {
    }

    static int run(RuntimeEnvironment environment) {
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        Console console = new Console(sink, sink, false);
        Cli cli = new Cli(CommandTable.standard(), console, environment);
        for (List<String> args : workload(environment)) {
            cli.run(args.toArray(String[]::new));
        }
        return 0;
    }

    private static List<List<String>> workload(RuntimeEnvironment environment) {
        List<List<String>> runs = new ArrayList<>();
        runs.add(List.of("--version"));
        runs.add(List.of("--help"));
        runs.add(List.of("valdate"));
        runs.add(List.of("validate", "--help"));
        environment.ccpHome().map(home -> home.resolve("etc").resolve("topology-example.yaml"))
                .filter(Files::isRegularFile)
                .map(Path::toString)
                .ifPresent(example -> {
                    runs.add(List.of("--config-file", example, "validate"));
                    runs.add(List.of("--config-file", example, "config", "dump"));
                    runs.add(List.of("--config-file", example, "config", "dump", "--explain"));
                    runs.add(List.of("--config-file", example, "show-dep", "keystone"));
                });
        return runs;
    }
}
