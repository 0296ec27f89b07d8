package dev.ccp.dsl.workflow;

import dev.ccp.dsl.jinja.python.PythonJson;
import dev.ccp.dsl.service.Probe;
import dev.ccp.dsl.service.ProbeType;
import dev.ccp.dsl.yaml.PlainValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON form of a workflow, {@code {"workflow": {...}}}, as the {@code <svc>-role} ConfigMap
 * holds it and the agent reads it (REFERENCE 4.5). Written canonically: keys sorted, Python's
 * {@code json.dumps} separators, so equal workflows give equal text.
 */
public final class WorkflowJson {

    private static final String ROOT = "workflow";

    private WorkflowJson() {
    }

    /** The canonical JSON text of {@code workflow}. */
    public static String write(Workflow workflow) {
        return PythonJson.mapping(Map.of(ROOT, toPlainValues(workflow)));
    }

    /**
     * The workflow's fields as plain values: {@code name}, {@code dependencies}, then
     * {@code pre}/{@code daemon}/{@code post} (daemon) or {@code job}; {@code files} only when
     * there are some, {@code readiness} only when set.
     */
    public static Map<String, Object> toPlainValues(Workflow workflow) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", workflow.name());
        fields.put("dependencies", workflow.dependencies());
        if (workflow instanceof DaemonWorkflow daemon) {
            fields.put("pre", daemon.pre().stream().map(WorkflowJson::command).toList());
            fields.put("daemon", command(daemon.daemon()));
            fields.put("post", daemon.post().stream().map(WorkflowJson::command).toList());
            daemon.readiness().ifPresent(probe -> fields.put("readiness", probe.toDslValue()));
        } else if (workflow instanceof JobWorkflow job) {
            fields.put("job", command(job.job()));
        }
        if (!workflow.files().isEmpty()) {
            fields.put("files", workflow.files().stream().map(WorkflowJson::file).toList());
        }
        return fields;
    }

    /**
     * The workflow in {@code json}: a daemon workflow when it has {@code daemon}, else a job
     * workflow when it has {@code job}. Missing lists read as empty.
     *
     * @throws InvalidWorkflowException naming the field that is wrong
     */
    public static Workflow read(String json) {
        Object document;
        try {
            document = JsonParser.parse(json);
        } catch (IllegalArgumentException e) {
            throw new InvalidWorkflowException("not valid JSON: " + e.getMessage(), e);
        }
        Fields root = Fields.of(document, "");
        Fields workflow = root.mapping(ROOT);
        String name = workflow.string("name");
        List<String> dependencies = workflow.strings("dependencies");
        List<WorkflowFile> files = workflow.list("files").stream().map(WorkflowJson::file).toList();
        if (workflow.has("daemon")) {
            return new DaemonWorkflow(name, dependencies, commands(workflow, "pre"),
                    command(workflow.mapping("daemon")), commands(workflow, "post"), files,
                    workflow.has("readiness") ? Optional.of(probe(workflow, "readiness")) : Optional.empty());
        }
        if (workflow.has("job")) {
            return new JobWorkflow(name, dependencies, command(workflow.mapping("job")), files);
        }
        throw new InvalidWorkflowException("workflow: neither 'daemon' nor 'job' is set");
    }

    private static Map<String, Object> command(WorkflowCommand command) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("command", command.command());
        if (command.user() != null) {
            value.put("user", command.user());
        }
        return value;
    }

    private static Map<String, Object> file(WorkflowFile file) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("name", file.name());
        value.put("path", file.path());
        value.put("perm", file.perm());
        value.put("user", file.user());
        return value;
    }

    private static List<WorkflowCommand> commands(Fields workflow, String key) {
        return workflow.list(key).stream().map(WorkflowJson::command).toList();
    }

    private static WorkflowCommand command(Fields command) {
        return new WorkflowCommand(command.string("command"), command.optionalString("user"));
    }

    private static WorkflowFile file(Fields file) {
        return new WorkflowFile(file.string("name"), file.string("path"), file.optionalString("perm"),
                file.optionalString("user"));
    }

    private static Probe probe(Fields workflow, String key) {
        Object value = workflow.raw(key);
        if (value instanceof String command) {
            return Probe.command(command);
        }
        Fields probe = workflow.mapping(key);
        String type = probe.string("type");
        ProbeType probeType = ProbeType.fromDsl(type).filter(t -> t != ProbeType.COMMAND).orElseThrow(
                () -> new InvalidWorkflowException(probe.path("type") + ": expected exec or httpGet, found '" + type
                        + "'"));
        return new Probe(probeType, probe.optionalString("command"), probe.optionalInteger("port"),
                probe.optionalString("path"), probe.optionalString("scheme"), probe.optionalInteger("initialDelay"),
                probe.optionalInteger("timeout"));
    }

    /** Typed access to a JSON object, with the key path for messages. */
    private record Fields(Map<?, ?> map, String path) {

        static Fields of(Object value, String path) {
            if (!(value instanceof Map<?, ?> map)) {
                throw new InvalidWorkflowException((path.isEmpty() ? "document" : path) + ": "
                        + PlainValues.expected("an object", value));
            }
            return new Fields(map, path);
        }

        String path(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        boolean has(String key) {
            return map.containsKey(key);
        }

        Object raw(String key) {
            return map.get(key);
        }

        Fields mapping(String key) {
            if (!map.containsKey(key)) {
                throw new InvalidWorkflowException(path(key) + ": missing");
            }
            return of(map.get(key), path(key));
        }

        String string(String key) {
            String value = optionalString(key);
            if (value == null) {
                throw new InvalidWorkflowException(path(key) + ": " + PlainValues.expected("a string", null));
            }
            return value;
        }

        String optionalString(String key) {
            Object value = map.get(key);
            if (value == null || value instanceof String) {
                return (String) value;
            }
            throw new InvalidWorkflowException(path(key) + ": " + PlainValues.expected("a string", value));
        }

        Integer optionalInteger(String key) {
            Object value = map.get(key);
            Integer number = PlainValues.integerOrNull(value);
            if (value != null && number == null) {
                throw new InvalidWorkflowException(path(key) + ": " + PlainValues.expected("an integer", value));
            }
            return number;
        }

        List<Fields> list(String key) {
            List<Fields> items = new ArrayList<>();
            List<?> values = rawList(key);
            for (int i = 0; i < values.size(); i++) {
                items.add(of(values.get(i), path(key) + "[" + i + "]"));
            }
            return items;
        }

        List<String> strings(String key) {
            List<String> items = new ArrayList<>();
            List<?> values = rawList(key);
            for (int i = 0; i < values.size(); i++) {
                if (!(values.get(i) instanceof String text)) {
                    throw new InvalidWorkflowException(path(key) + "[" + i + "]: "
                            + PlainValues.expected("a string", values.get(i)));
                }
                items.add(text);
            }
            return items;
        }

        private List<?> rawList(String key) {
            Object value = map.get(key);
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> list)) {
                throw new InvalidWorkflowException(path(key) + ": " + PlainValues.expected("a list", value));
            }
            return list;
        }
    }
}
