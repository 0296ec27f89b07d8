package dev.ccp.dsl.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.dsl.service.Probe;
import dev.ccp.dsl.service.ProbeType;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class WorkflowJsonTest {

    static Stream<Workflow> workflows() {
        return Stream.of(
                new DaemonWorkflow("svc/main", List.of("svc/job", "etcd/etcd", "nova-libvirt/nova-libvirt:local"),
                        List.of(new WorkflowCommand("prepare", "root"), new WorkflowCommand("tune", null)),
                        new WorkflowCommand("run --flag \"quoted\" \\ back", "svc"),
                        List.of(new WorkflowCommand("after", null)),
                        List.of(new WorkflowFile("a.conf", "/etc/a.conf", "0640", "svc"),
                                new WorkflowFile("b", "/b", null, null)),
                        Optional.of(new Probe(ProbeType.HTTP_GET, null, 8080, "/ready", "https", 5, 3))),
                new DaemonWorkflow("svc/other", List.of(), List.of(), new WorkflowCommand("run\tüñí €", null),
                        List.of(), List.of(), Optional.of(Probe.command("check.sh"))),
                new DaemonWorkflow("svc/exec", List.of(), List.of(), new WorkflowCommand("run", null), List.of(),
                        List.of(), Optional.of(new Probe(ProbeType.EXEC, "check", null, null, null, null, 7))),
                new JobWorkflow("svc/job", List.of("database/galera"), new WorkflowCommand("migrate\nline 2", "x"),
                        List.of(new WorkflowFile("m.sh", "/m.sh", "0700", null))),
                new JobWorkflow("svc/bare", List.of(), new WorkflowCommand("true", null), List.of()));
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void readingTheWrittenTextGivesTheSameWorkflow(Workflow workflow) {
        String json = WorkflowJson.write(workflow);

        assertThat(WorkflowJson.read(json)).isEqualTo(workflow);
        assertThat(WorkflowJson.write(WorkflowJson.read(json))).isEqualTo(json);
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void theTextIsAsciiOnOneLine(Workflow workflow) {
        assertThat(WorkflowJson.write(workflow)).doesNotContain("\n").matches("\\p{ASCII}*");
    }

    @Test
    void missingListsReadAsEmptyAndWhitespaceIsAllowed() {
        Workflow workflow = WorkflowJson.read("""
                {
                  "workflow": {"name": "s/c", "daemon": {"command": "run"}}
                }
                """);

        assertThat(workflow).isEqualTo(new DaemonWorkflow("s/c", List.of(), List.of(),
                new WorkflowCommand("run", null), List.of(), List.of(), Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"workflow\": {\"name\": \"x\"}}                                  | workflow: neither 'daemon' nor 'job' is set",
        "{\"other\": {}}                                                     | workflow: missing",
        "[]                                                                  | document: expected an object, found an empty list",
        "{\"workflow\": {\"name\": 3, \"job\": {\"command\": \"c\"}}}        | workflow.name: expected a string, found 3 (a number)",
        "{\"workflow\": {\"name\": \"x\", \"job\": {}}}                      | workflow.job.command: expected a string, found null",
        "{\"workflow\": {\"name\": \"x\", \"job\": {\"command\": \"c\"}, \"dependencies\": [\"a\", 1]}} | workflow.dependencies[1]: expected a string, found 1 (a number)",
        "{\"workflow\": {\"name\": \"x\", \"job\": {\"command\": \"c\"}, \"files\": [{\"name\": \"f\"}]}} | workflow.files[0].path: expected a string, found null",
        "{\"workflow\": {\"name\": \"x\", \"daemon\": {\"command\": \"c\"}, \"readiness\": {\"type\": \"tcp\"}}} | workflow.readiness.type: expected exec or httpGet, found 'tcp'",
        "{\"workflow\": {\"name\": \"x\", \"daemon\": {\"command\": \"c\"}, \"readiness\": {\"type\": \"exec\", \"timeout\": \"1\"}}} | workflow.readiness.timeout: expected an integer, found '1'",
        "{\"workflow\": {\"name\": \"x\"                                     | not valid JSON: unexpected end of text, expected '}' at offset 25",
        "{\"workflow\": {\"name\": \"x\", \"name\": \"y\"}}                    | not valid JSON: duplicate key 'name' at offset 27",
        "{\"a\": tru}                                                        | not valid JSON: unexpected character 't' at offset 6",
        "{\"a\": 01}                                                         | not valid JSON: expected '}' at offset 7",
        "{\"a\": \"\\x\"}                                                    | not valid JSON: invalid escape '\\x' at offset 9",
        "{} {}                                                               | not valid JSON: unexpected text after the value at offset 3",
    })
    void badTextIsRejectedNamingTheField(String json, String message) {
        assertThatThrownBy(() -> WorkflowJson.read(json)).isInstanceOf(InvalidWorkflowException.class)
                .hasMessage(message);
    }
}
