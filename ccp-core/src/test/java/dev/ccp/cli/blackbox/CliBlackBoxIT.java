package dev.ccp.cli.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.cli.blackbox.CcpProcess.Result;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    void firstRunRecordsAStartupCacheThatTheJvmAcceptsOnTheDefaultJvm() {
        assertStartupCacheIsUsed(Map.of());
    }

    @Test
    void firstRunRecordsAnAppCdsArchiveOnJava17() {
        // The JVM running the tests (Java 17 per the build) stands for a machine without JDK 25.
        String mode = assertStartupCacheIsUsed(Map.of("JAVA_HOME", System.getProperty("java.home")));
        if (Runtime.version().feature() < 25) {
            assertThat(mode).isEqualTo("cds");
        }
    }

    /** Runs ccp twice; the second run insists on the cache (the JVM fails instead of silently ignoring it). */
    private static String assertStartupCacheIsUsed(Map<String, String> env) {
        Map<String, String> info = new HashMap<>(env);
        info.put("CCP_LAUNCHER_INFO", "1");
        Result first = CcpProcess.runIn(CcpProcess.repo(), info, "--version");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        Matcher chosen = Pattern.compile("mode=(aot|cds) cache=(\\S+)").matcher(first.err());
        assertThat(chosen.find()).as("the launcher recorded a cache: " + first.err()).isTrue();
        assertThat(Path.of(chosen.group(2))).isRegularFile();
        Map<String, String> strict = new HashMap<>(info);
        strict.put("CCP_JAVA_OPTS", chosen.group(1).equals("aot") ? "-XX:AOTMode=on" : "-Xshare:on");
        Result second = CcpProcess.runIn(CcpProcess.repo(), strict, "--version");
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.out()).contains("dsl version 0.10.0");
        return chosen.group(1);
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
