package dev.ccp.cli.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.cli.blackbox.CcpProcess.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ccp deploy --dry-run} of the bundled example through bin/ccp: offline, deterministic, writes only the export. */
class DeployDryRunIT {

    private static final String[] DRY_RUN = {"--config-file", "etc/topology-example.yaml", "deploy", "--dry-run",
        "--nodes", "node1,node2,node3"};

    @TempDir
    Path work;

    private static Result ccp(String... args) {
        return CcpProcess.runIn(CcpProcess.repo(), Map.of(), args);
    }

    private static String[] with(String... more) {
        String[] all = new String[DRY_RUN.length + more.length];
        System.arraycopy(DRY_RUN, 0, all, 0, DRY_RUN.length);
        System.arraycopy(more, 0, all, DRY_RUN.length, more.length);
        return all;
    }

    @Test
    void printsEveryObjectByteIdenticallyAcrossRuns() {
        Result first = ccp(DRY_RUN);
        Result second = ccp(DRY_RUN);
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out()).isEqualTo(second.out());
        assertThat(first.out()).startsWith("apiVersion: v1\nkind: Namespace\n")
                .contains("kind: StatefulSet").contains("kind: DaemonSet").contains("kind: Job")
                .contains("kind: Deployment").contains("kind: Service").contains("kind: ConfigMap").contains("kind: Secret");
        assertThat(first.err()).contains("dry run: nothing was sent to a cluster");
    }

    @Test
    void exportWritesOneFilePerObjectAndRefusesANonEmptyDirectory() throws IOException {
        Path out = work.resolve("export");
        Result result = ccp(with("--export-dir", out.toString()));
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(out.resolve("keystone-deployment.yaml")).isRegularFile();
        assertThat(out.resolve("etcd-statefulset.yaml")).isRegularFile();
        assertThat(out.resolve("nova-compute-daemonset.yaml")).isRegularFile();
        assertThat(out.resolve("configmaps/keystone-role-configmap.yaml")).isRegularFile();
        assertThat(Files.readString(out.resolve("keystone-deployment.yaml"))).doesNotContain("namespace:");
        Map<String, String> firstExport = contents(out);

        Result again = ccp(with("--export-dir", out.toString()));
        assertThat(again.exitCode()).as(again.toString()).isEqualTo(2);
        assertThat(again.err()).contains("not empty").contains("--force");

        Result forced = ccp(with("--export-dir", out.toString(), "--force"));
        assertThat(forced.exitCode()).as(forced.toString()).isZero();
        assertThat(contents(out)).isEqualTo(firstExport);
    }

    @Test
    void writesNothingOutsideTheExportDirectory() throws IOException {
        Path cwd = Files.createDirectories(work.resolve("cwd"));
        Result result = CcpProcess.runIn(cwd, Map.of(), "--config-file", CcpProcess.repo().resolve("etc/topology-example.yaml").toString(),
                "deploy", "--dry-run", "--nodes", "node1,node2,node3", "--export-dir", "out");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        try (Stream<Path> entries = Files.list(cwd)) {
            assertThat(entries.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".ccp-test-home")))
                    .containsExactly("out");
        }
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }
}
