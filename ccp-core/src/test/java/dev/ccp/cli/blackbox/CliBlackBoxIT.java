package dev.ccp.cli.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.cli.blackbox.CcpProcess.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The packaged tool, run through bin/ccp. */
class CliBlackBoxIT {

    @Test
    void versionNamesToolAndDslVersion() {
        Result result = CcpProcess.run("--version");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).matches("ccp \\d+\\.\\d+\\.\\d+\\S*, dsl version 0\\.10\\.0\\R");
    }

    @Test
    void firstRunRecordsAClassDataSharingArchiveThatTheJvmAccepts() throws Exception {
        CcpProcess.run("--version");
        Path cache = Path.of(System.getProperty("ccp.cache"), "ccp");
        List<Path> archives;
        try (Stream<Path> files = Files.list(cache)) {
            archives = files.filter(f -> f.getFileName().toString().endsWith(".jsa")).toList();
        }
        assertThat(archives).hasSize(1);
        // -Xshare:on makes the JVM fail instead of silently running without the archive.
        Process jvm = new ProcessBuilder("java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData",
                "-Xshare:on", "-XX:SharedArchiveFile=" + archives.get(0), "-jar", System.getProperty("ccp.jar"), "--version")
                .redirectErrorStream(true).start();
        String output = new String(jvm.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(jvm.waitFor()).as(output).isZero();
        assertThat(output).contains("dsl version 0.10.0");
    }

    @Test
    void unknownCommandSuggestsAndExitsTwo() {
        Result result = CcpProcess.run("deplyo");
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("did you mean 'deploy'?").doesNotContain("\tat ");
    }

    @Test
    void pendingCommandExitsOneAndSaysSo() {
        Result result = CcpProcess.run("action", "list");
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains("not available yet");
    }

    @Test
    void perCommandHelp() {
        Result result = CcpProcess.run("deploy", "--help");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("usage: ccp deploy").contains("--dry-run").contains("--export-dir");
    }
}
