package dev.ccp.cli;

import dev.ccp.cluster.training.TrainingCluster;
import dev.ccp.dsl.files.FileTrees;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The workload {@code bin/ccp} runs once per jar to record a class-data-sharing archive: the
 * common commands against the bundled example, with all output discarded, then deploys of the
 * example to a {@link TrainingCluster} (a first apply, a no-op re-deploy, a plan, status and
 * preflight), which never leave the machine. Whatever classes these load start from the archive
 * afterwards.
 */
final class CdsTraining {

    static final String COMMAND = "__cds-training";

    private CdsTraining() {
    }

    static int run(RuntimeEnvironment environment) throws IOException {
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        Console console = new Console(sink, sink, false);
        Path work = Files.createTempDirectory("ccp-cds-training");
        // The training's own working directory: a deploy writes its openrc file there.
        Cli cli = new Cli(CommandTable.standard(), console,
                new RuntimeEnvironment(environment.home(), environment.cpus(), environment.ccpHome(), work));
        try {
            for (List<String> args : workload(environment, work.resolve("export"))) {
                cli.run(args.toArray(String[]::new));
            }
            example(environment).ifPresent(example -> deployToTrainingCluster(cli, example, work));
        } finally {
            FileTrees.deleteTreeQuietly(work);
        }
        return 0;
    }

    /**
     * The example deployed to a {@link TrainingCluster}: its configuration names the stand-in's
     * API server and registry, so no kubeconfig, cluster or registry of the user is touched.
     */
    private static void deployToTrainingCluster(Cli cli, String example, Path work) {
        try (TrainingCluster cluster = TrainingCluster.start(List.of("node1", "node2", "node3"))) {
            cluster.readKubeconfig(work);
            Path config = work.resolve("training.yaml");
            Files.writeString(config, Files.readString(Path.of(example)) + "\n---\nkubernetes:\n  server: \"" + cluster.url()
                    + "\"\nregistry:\n  address: \"" + cluster.registryAddress() + "\"\n");
            for (List<String> command : List.of(List.of("deploy"), List.of("deploy"), List.of("deploy", "--plan"),
                    List.of("status"), List.of("preflight"))) {
                List<String> args = new ArrayList<>(List.of("--config-file", config.toString()));
                args.addAll(command);
                cli.run(args.toArray(String[]::new));
            }
        } catch (IOException | LinkageError e) {
            // No stand-in (say, a runtime without jdk.httpserver): the archive covers the offline commands.
        }
    }

    private static Optional<String> example(RuntimeEnvironment environment) {
        return environment.ccpHome().map(home -> home.resolve("etc").resolve("topology-example.yaml"))
                .filter(Files::isRegularFile)
                .map(Path::toString);
    }

    private static List<List<String>> workload(RuntimeEnvironment environment, Path exportDir) {
        List<List<String>> runs = new ArrayList<>();
        runs.add(List.of("--version"));
        runs.add(List.of("--help"));
        runs.add(List.of("valdate"));
        runs.add(List.of("validate", "--help"));
        example(environment).ifPresent(example -> {
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
