package dev.ccp.cli.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.cli.blackbox.CcpProcess.Result;
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
    void unknownCommandSuggestsAndExitsTwo() {
        Result result = CcpProcess.run("deplyo");
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("did you mean 'deploy'?").doesNotContain("\tat ");
    }

    @Test
    void pendingCommandExitsOneAndSaysSo() {
        Result result = CcpProcess.run("status", "-s");
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
