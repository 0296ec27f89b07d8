package dev.ccp.dsl.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.dsl.service.Command;
import dev.ccp.dsl.service.Container;
import dev.ccp.dsl.service.Probe;
import dev.ccp.dsl.service.ProbeType;
import dev.ccp.dsl.service.ServiceDefinition;
import dev.ccp.dsl.service.TestDefinitions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkflowFactoryTest {

    /** The definition of the original's workflow test (REFERENCE 4.5). */
    static final String SOUTH_PARK = """
            dsl_version: 0.9.0
            service:
              name: south-park
              containers:
                - name: kenny
                  image: kenny
                  pre:
                    - name: cartman-mom
                      type: single
                      dependencies: [cartman-dad]
                      command: cook
                  daemon:
                    dependencies: [stan, kyle]
                    command: survive
                    files: [cartman]
                  post:
                    - name: eric-mom
                      type: single
                      dependencies: [eric-dad]
                      command: clean
                      files: [eric]
            files:
              cartman:
                path: /fat
                content: cartman.j2
              eric:
                path: /eric
                content: eric.j2
                perm: "0600"
                user: mom
            """;

    @Test
    void southParkGivesTheOriginalsWorkflows() {
        Map<String, Workflow> workflows = WorkflowFactory.workflows(TestDefinitions.parsed(SOUTH_PARK));

        assertThat(workflows).containsOnlyKeys("kenny", "cartman-mom", "eric-mom");
        assertThat(workflows.get("kenny")).isEqualTo(new DaemonWorkflow("south-park/kenny",
                List.of("south-park/cartman-mom", "stan", "kyle"), List.of(), new WorkflowCommand("survive", null),
                List.of(), List.of(new WorkflowFile("cartman", "/fat", null, null)), Optional.empty()));
        assertThat(workflows.get("cartman-mom")).isEqualTo(new JobWorkflow("south-park/cartman-mom",
                List.of("cartman-dad"), new WorkflowCommand("cook", null), List.of()));
        assertThat(workflows.get("eric-mom")).isEqualTo(new JobWorkflow("south-park/eric-mom",
                List.of("eric-dad", "south-park/kenny"), new WorkflowCommand("clean", null),
                List.of(new WorkflowFile("eric", "/eric", "0600", "mom"))));
    }

    @Test
    void southParkJsonIsSortedWithPythonSeparators() {
        Map<String, Workflow> workflows = WorkflowFactory.workflows(TestDefinitions.parsed(SOUTH_PARK));

        assertThat(WorkflowJson.write(workflows.get("kenny"))).isEqualTo("{\"workflow\": {\"daemon\": {\"command\": "
                + "\"survive\"}, \"dependencies\": [\"south-park/cartman-mom\", \"stan\", \"kyle\"], \"files\": "
                + "[{\"name\": \"cartman\", \"path\": \"/fat\", \"perm\": null, \"user\": null}], \"name\": "
                + "\"south-park/kenny\", \"post\": [], \"pre\": []}}");
        assertThat(WorkflowJson.write(workflows.get("eric-mom"))).isEqualTo("{\"workflow\": {\"dependencies\": "
                + "[\"eric-dad\", \"south-park/kenny\"], \"files\": [{\"name\": \"eric\", \"path\": \"/eric\", "
                + "\"perm\": \"0600\", \"user\": \"mom\"}], \"job\": {\"command\": \"clean\"}, \"name\": "
                + "\"south-park/eric-mom\"}}");
    }

    @Test
    void rolesAreOrderedContainerThenItsPreJobsThenItsPostJobs() {
        ServiceDefinition definition = TestDefinitions.parsed("""
                dsl_version: 0.9.0
                service:
                  name: svc
                  containers:
                    - name: first
                      image: one
                      pre:
                        - {name: first-pre, type: single, command: a}
                      daemon: {command: run}
                      post:
                        - {name: first-post, type: single, command: b}
                    - name: second
                      image: two
                      pre:
                        - {name: second-pre, type: single, command: c}
                      daemon: {command: run}
                """);

        assertThat(WorkflowFactory.workflows(definition).keySet())
                .containsExactly("first", "first-pre", "first-post", "second", "second-pre");
    }

    @Test
    void localCommandsStayInTheDaemonWorkflowWithTheirUsers() {
        ServiceDefinition definition = TestDefinitions.parsed("""
                dsl_version: 0.9.0
                service:
                  name: rabbitmq
                  containers:
                    - name: rabbitmq
                      image: rabbitmq
                      probes:
                        readiness: /opt/ccp/bin/check.sh
                      pre:
                        - command: prepare
                          user: rabbitmq
                        - {name: bootstrap, type: single, command: boot}
                        - command: tune
                      daemon: {command: run, user: rabbitmq}
                      post:
                        - command: join-cluster
                """);

        DaemonWorkflow daemon = (DaemonWorkflow) WorkflowFactory.workflows(definition).get("rabbitmq");

        assertThat(daemon.pre()).containsExactly(new WorkflowCommand("prepare", "rabbitmq"),
                new WorkflowCommand("tune", null));
        assertThat(daemon.post()).containsExactly(new WorkflowCommand("join-cluster", null));
        assertThat(daemon.daemon()).isEqualTo(new WorkflowCommand("run", "rabbitmq"));
        assertThat(daemon.dependencies()).containsExactly("rabbitmq/bootstrap");
        assertThat(daemon.readiness()).contains(Probe.command("/opt/ccp/bin/check.sh"));
        assertThat(WorkflowJson.write(daemon)).contains("\"daemon\": {\"command\": \"run\", \"user\": \"rabbitmq\"}")
                .contains("\"readiness\": \"/opt/ccp/bin/check.sh\"");
    }

    @Test
    void aReadinessMappingIsWrittenWithTheKeysGiven() {
        ServiceDefinition definition = TestDefinitions.parsed("""
                dsl_version: 0.9.0
                service:
                  name: galera
                  containers:
                    - name: galera
                      image: percona
                      probes:
                        readiness:
                          type: httpGet
                          port: 8080
                          path: /readiness
                      daemon: {command: run}
                """);

        DaemonWorkflow daemon = (DaemonWorkflow) WorkflowFactory.workflows(definition).get("galera");

        assertThat(daemon.readiness()).contains(new Probe(ProbeType.HTTP_GET, null, 8080, "/readiness", null, null, null));
        assertThat(WorkflowJson.write(daemon))
                .contains("\"readiness\": {\"path\": \"/readiness\", \"port\": 8080, \"type\": \"httpGet\"}");
    }

    @Test
    void aCommandNamingAMissingFileIsAProgrammingError() {
        ServiceDefinition definition = TestDefinitions.parsed(TestDefinitions.simple("svc", "c"));
        Container container = definition.service().containers().get(0);
        Command daemon = container.daemon();
        Command withGhostFile = new Command(daemon.name(), daemon.type(), daemon.image(), daemon.command(),
                daemon.dependencies(), List.of("ghost"), daemon.secrets(), daemon.user());
        ServiceDefinition broken = definition.withService(definition.service().withContainers(
                List.of(container.withCommands(container.pre(), withGhostFile, container.post()))));

        assertThatThrownBy(() -> WorkflowFactory.workflows(broken)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ghost");
    }
}
