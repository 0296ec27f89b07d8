package dev.ccp.cli;

import dev.ccp.dsl.files.FileTrees;
import java.io.IOException;
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

    static int run(RuntimeEnvironment environment) throws IOException {
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        Console console = new Console(sink, sink, false);
        Cli cli = new Cli(CommandTable.standard(), console, environment);
        Path exportDir = Files.createTempDirectory("ccp-cds-training");
        try {
            for (List<String> args : workload(environment, exportDir.resolve("export"))) {
                cli.run(args.toArray(String[]::new));
            }
        } finally {
            FileTrees.deleteTreeQuietly(exportDir);
        }
        return 0;
    }

    private static List<List<String>> workload(RuntimeEnvironment environment, Path exportDir) {
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
                    runs.add(List.of("--config-file", example, "images", "list"));
                    runs.add(List.of("--config-file", example, "domains", "list"));
                    runs.add(List.of("--config-file", example, "deploy", "--dry-run", "--nodes", "node1,node2,node3"));
                    runs.add(List.of("--config-file", example, "deploy", "--dry-run", "--nodes", "node1,node2,node3",
                            "--export-dir", exportDir.toString()));
                });
        return runs;
    }
}
