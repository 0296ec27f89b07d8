package dev.ccp.entrypoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.dsl.workflow.JobWorkflow;
import dev.ccp.dsl.workflow.WorkflowCommand;
import dev.ccp.dsl.workflow.WorkflowFile;
import dev.ccp.entrypoint.testing.EtcFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentCliRenderTest {

    @TempDir
    Path etc;
    @TempDir
    Path out;

    private int run(String... args) throws InterruptedException {
        AgentEnvironment environment = AgentEnvironment.from(Map.of("CCP_ETC_DIR", etc.toString(), "CCP_NODE_NAME", "node1"));
        AgentLog log = new AgentLog(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        return new AgentCli(environment, log, name -> Optional.of("10.1.1.1"), false).run(List.of(args));
    }

    @Test
    void renderWritesTheFilesUnderOutWithoutRunningAnything() throws Exception {
        new EtcFixture(etc)
                .globals(Map.of("namespace", "ccp", "cluster_domain", "cluster.local",
                        "keystone", Map.of("public_port", Map.of("cont", 5000)),
                        "etcd", Map.of("client_port", Map.of("cont", 2379))))
                .meta(Map.of("host-net", false, "service-name", "keystone"))
                .export("macros.j2", "{% macro kv(k, v) %}{{ k }} = {{ v }}{% endmacro %}")
                .file("keystone.conf", """
                        {% import 'macros.j2' as m -%}
                        {{ m.kv('public', address('keystone', keystone.public_port, with_scheme=True)) }}
                        {{ m.kv('bind', network_topology.private.address) }}
                        undefined=[{{ not_set }}]
                        """)
                .workflow("keystone-db-sync", new JobWorkflow("keystone/keystone-db-sync", List.of("database/galera"),
                        new WorkflowCommand("touch " + out.resolve("ran"), null),
                        List.of(new WorkflowFile("keystone.conf", "/etc/keystone/keystone.conf", "0600", "keystone"))));

        assertThat(run("render", "keystone-db-sync", "--out", out.toString())).isZero();

        assertThat(Files.readString(out.resolve("etc/keystone/keystone.conf"))).isEqualTo("""
                public = http://keystone.ccp.svc.cluster.local:5000
                bind = 10.1.1.1
                undefined=[]""");
        assertThat(Files.exists(out.resolve("ran"))).as("nothing runs").isFalse();
    }

    @Test
    void anUnknownActionIsRefused() throws Exception {
        assertThat(run("start", "keystone")).isEqualTo(1);
        assertThat(run("provision")).isEqualTo(2);
    }
}
