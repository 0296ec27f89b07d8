package dev.ccp.harness;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentRunTest {

    @TempDir
    Path state;

    /** An engine whose containers do what the test scripts: jobs exit with a code, probes answer. */
    static final class ScriptedRuntime implements ContainerRuntime {
        final Map<String, Start> started = new LinkedHashMap<>();
        final Map<String, State> states = new LinkedHashMap<>();
        final Map<String, Integer> probeAnswers = new LinkedHashMap<>();
        final List<String> removed = new ArrayList<>();
        final List<String> leftovers = new ArrayList<>(List.of("old-container"));

        @Override
        public void ensureImage(String image) {
        }

        @Override
        public String start(Start start) {
            String id = start.name();
            started.put(id, start);
            states.putIfAbsent(id, new State(true, false, 0, 0));
            return id;
        }

        @Override
        public State state(String id) {
            return states.get(id);
        }

        @Override
        public int exec(String id, List<String> command, Duration timeout) {
            return probeAnswers.getOrDefault(id, 1);
        }

        @Override
        public List<String> tail(String id, int lines) {
            return List.of("last words of " + id);
        }

        @Override
        public void saveLogs(String id, Path file) {
            try {
                Files.writeString(file, "log of " + id);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public List<String> labelled(String label, String value) {
            return List.copyOf(leftovers);
        }

        @Override
        public void remove(String id) {
            removed.add(id);
            leftovers.remove(id);
        }
    }

    private static List<HasMetadata> environment() {
        var agent = new ContainerBuilder().withName("keystone").withImage("reg/keystone:latest")
                .withNewReadinessProbe().withNewExec().withCommand("test", "-f", "/run/ccp/ready/keystone").endExec().endReadinessProbe()
                .build();
        var job = new ContainerBuilder().withName("db-sync").withImage("reg/keystone:latest").build();
        return List.of(
                new ServiceBuilder().withNewMetadata().withName("keystone").endMetadata().build(),
                new DeploymentBuilder().withNewMetadata().withName("keystone").endMetadata()
                        .withNewSpec().withNewTemplate().withNewSpec().withContainers(agent).endSpec().endTemplate().endSpec().build(),
                new JobBuilder().withNewMetadata().withName("keystone-db-sync").endMetadata()
                        .withNewSpec().withBackoffLimit(2).withNewTemplate().withNewSpec().withContainers(job).endSpec().endTemplate().endSpec().build());
    }

    private NodeSettings node() {
        return new NodeSettings("smoke", "ns1", "cluster.local", state, 2, 1L << 30, List.of());
    }

    @Test
    void settlesWhenTheProbePassesAndTheJobExitsZero() {
        ScriptedRuntime runtime = new ScriptedRuntime();
        runtime.states.put("ccp-ns1-keystone-db-sync-local-db-sync", new ContainerRuntime.State(false, false, 0, 1));
        runtime.probeAnswers.put("ccp-ns1-keystone-local-keystone", 0);
        List<String> lines = new ArrayList<>();

        EnvironmentRun.Outcome outcome = new EnvironmentRun(runtime, node(), lines::add)
                .up(ExportedObjects.of(environment()), Duration.ofSeconds(5));

        assertThat(outcome.settled()).isTrue();
        assertThat(outcome.pods()).containsEntry("keystone-local", PodProgress.READY)
                .containsEntry("keystone-db-sync-local", PodProgress.COMPLETE);
        assertThat(runtime.removed).as("leftovers of an earlier run are removed first").containsExactly("old-container");
        ContainerRuntime.Start deployment = runtime.started.get("ccp-ns1-keystone-local-keystone");
        assertThat(deployment.restart()).isEqualTo(ContainerRuntime.Restart.whenStopped());
        assertThat(deployment.labels()).containsEntry(EnvironmentRun.LABEL, "ns1");
        assertThat(deployment.extraHosts()).contains("keystone.ns1.svc.cluster.local:127.0.0.1");
        assertThat(runtime.started.get("ccp-ns1-keystone-db-sync-local-db-sync").restart())
                .isEqualTo(ContainerRuntime.Restart.onFailure(2));
        assertThat(state.resolve("logs/keystone-local_keystone.log")).hasContent("log of ccp-ns1-keystone-local-keystone");
        assertThat(lines.get(lines.size() - 1)).contains("1/1 pods ready, 1/1 jobs complete");
    }

    @Test
    void aJobFailingBeyondItsBackoffLimitEndsTheRunWithItsLastLines() {
        ScriptedRuntime runtime = new ScriptedRuntime();
        runtime.states.put("ccp-ns1-keystone-db-sync-local-db-sync", new ContainerRuntime.State(false, false, 1, 2));
        List<String> lines = new ArrayList<>();

        EnvironmentRun.Outcome outcome = new EnvironmentRun(runtime, node(), lines::add)
                .up(ExportedObjects.of(environment()), Duration.ofSeconds(30));

        assertThat(outcome.settled()).isFalse();
        assertThat(outcome.elapsed()).as("a failed job ends the wait at once").isLessThan(Duration.ofSeconds(10));
        assertThat(outcome.pods()).containsEntry("keystone-db-sync-local", PodProgress.FAILED)
                .containsEntry("keystone-local", PodProgress.PENDING);
        assertThat(lines).anyMatch(line -> line.contains("failed: keystone-db-sync-local"))
                .contains("  last words of ccp-ns1-keystone-db-sync-local-db-sync");
    }

    @Test
    void aJobStillRetryingWithinItsLimitIsPendingAndTheDeadlineEndsTheRun() {
        ScriptedRuntime runtime = new ScriptedRuntime();
        runtime.states.put("ccp-ns1-keystone-db-sync-local-db-sync", new ContainerRuntime.State(false, false, 1, 1));
        runtime.probeAnswers.put("ccp-ns1-keystone-local-keystone", 0);
        List<String> lines = new ArrayList<>();

        EnvironmentRun.Outcome outcome = new EnvironmentRun(runtime, node(), lines::add)
                .up(ExportedObjects.of(environment()), Duration.ofSeconds(2));

        assertThat(outcome.settled()).isFalse();
        assertThat(outcome.pods()).containsEntry("keystone-db-sync-local", PodProgress.PENDING);
        assertThat(lines).contains("deadline of 2 s passed");
    }
}
