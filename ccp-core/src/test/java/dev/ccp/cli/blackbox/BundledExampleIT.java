package dev.ccp.cli.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.cli.blackbox.CcpProcess.Result;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The README's main job: the bundled example and the in-tree components, through bin/ccp. */
class BundledExampleIT {

    private static final String EXAMPLE = "etc/topology-example.yaml";

    private static Result ccp(String... args) {
        return CcpProcess.runIn(CcpProcess.repo(), Map.of(), args);
    }

    @Test
    void theExampleValidates() {
        Result result = ccp("--config-file", EXAMPLE, "validate");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.err()).contains("validation passed successfully").contains("DSL version 0.10.0");
    }

    @Test
    void dumpIsSortedAndMasksEverySecret() {
        Result result = ccp("--config-file", EXAMPLE, "config", "dump");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        String dump = result.out();
        assertThat(dump).startsWith("action:\n");
        assertThat(dump.indexOf("\nbuilder:")).isLessThan(dump.indexOf("\nconfigs:"));
        assertThat(dump.indexOf("\nconfigs:")).isLessThan(dump.indexOf("\nimages:"));
        assertThat(dump).contains("  address: 127.0.0.1:31500\n").contains("    root_password: '***'\n");
        String secrets = dump.substring(dump.indexOf("\nsecret_configs:"), dump.indexOf("\nservices:"));
        secrets.lines().filter(l -> l.matches("\\s+\\w+: .+") && !l.endsWith(": {}")).forEach(line -> assertThat(line).endsWith("'***'"));
    }

    @Test
    void explainNamesTheFileAndLineOfEachValue() {
        Result result = ccp("--config-file", EXAMPLE, "config", "dump", "--explain");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out())
                .containsPattern("address: 127\\.0\\.0\\.1:31500  # .*etc/topology-example\\.yaml:\\d+")
                .containsPattern("timeout: 300  # global defaults")
                .containsPattern("root_password: '\\*\\*\\*'  # component defaults: .*components/mariadb/service/files/defaults\\.yaml:\\d+");
    }

    @Test
    void showDepGivesTheSortedClosure() {
        Result result = ccp("--config-file", EXAMPLE, "show-dep", "keystone");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("database etcd memcached\n");
        Result graph = ccp("--config-file", EXAMPLE, "show-dep", "--graph");
        assertThat(graph.out()).startsWith("digraph").contains("\"keystone\" -> \"memcached\";");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void parallelEnvironmentsShareIncludesAndKeepTheirOwnNamespace(int n) {
        String config = "etc/parallel/ccp-cli-config-" + n + ".yaml";
        Result validate = ccp("--config-file", config, "validate");
        assertThat(validate.exitCode()).as(validate.toString()).isZero();
        Result dump = ccp("--config-file", config, "config", "dump");
        assertThat(dump.out()).contains("  namespace: ccp-" + n + "\n");
    }
}
