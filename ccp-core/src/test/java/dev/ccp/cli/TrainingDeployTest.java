package dev.ccp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.cluster.training.TrainingCluster;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the start-up cache's training runs against its {@link TrainingCluster}: the example really
 * deploys there (so the training loads the classes of a deploy), and a re-deploy is a no-op.
 */
class TrainingDeployTest {

    private static final Path REPO = Path.of(System.getProperty("ccp.repo", "..")).toAbsolutePath().normalize();

    @TempDir
    Path work;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Path config, String... command) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        Cli cli = new Cli(CommandTable.standard(), Console.capturing(out, err),
                new RuntimeEnvironment(work, 2, Optional.of(REPO), work));
        String[] args = new String[command.length + 2];
        args[0] = "--config-file";
        args[1] = config.toString();
        System.arraycopy(command, 0, args, 2, command.length);
        return cli.run(args);
    }

    @Test
    void theExampleDeploysToTheTrainingClusterAndARedeployChangesNothing() throws Exception {
        try (TrainingCluster cluster = TrainingCluster.start(List.of("node1", "node2", "node3"))) {
            Path config = work.resolve("ccp.yaml");
            Files.writeString(config, Files.readString(REPO.resolve("etc/topology-example.yaml"))
                    + "\n---\nkubernetes:\n  server: \"" + cluster.url() + "\"\nregistry:\n  address: \""
                    + cluster.registryAddress() + "\"\n");

            assertThat(run(config, "deploy")).as(err.toString()).isZero();
            assertThat(err.toString()).containsPattern("created [1-9][0-9]+, updated 0, replaced 0, unchanged [0-9]+, pruned 0");

            assertThat(run(config, "deploy")).as(err.toString()).isZero();
            assertThat(err.toString()).containsPattern("created 0, updated 0, replaced 0, unchanged [1-9][0-9]+, pruned 0")
                    .doesNotContain("preflight: ");

            assertThat(run(config, "status")).as(err.toString()).isZero();
            assertThat(out.toString()).contains("keystone");

            assertThat(run(config, "preflight")).as(err.toString()).isZero();
            assertThat(out.toString()).containsPattern("(?m)^deployments +create,get,list,update,delete +yes$")
                    .containsPattern("(?m)/keystone:\\S+ +yes$");
        }
    }
}
