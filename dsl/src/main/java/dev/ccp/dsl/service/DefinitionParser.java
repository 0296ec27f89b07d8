package dev.ccp.dsl.service;

import dev.ccp.dsl.yaml.PlainValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a validated definition document into records. Call it only on documents that passed
 * {@link dev.ccp.dsl.service.validation.DefinitionValidator}; on others it throws
 * IllegalArgumentException or ClassCastException (a programming error, not a user error).
 */
public final class DefinitionParser {

    /** The definition's records; its {@code serviceName} must be set. */
    public ServiceDefinition parse(RawDefinition definition) {
        if (definition.serviceName() == null) {
            throw new IllegalArgumentException("definition without a service name: " + definition.file());
        }
        Map<?, ?> root = definition.root();
        return new ServiceDefinition(definition.component(), definition.file(), (String) root.get("dsl_version"),
                service(map(root.get("service"))), files(root.get("files")), secrets(root.get("secrets")));
    }

    private static Service service(Map<?, ?> service) {
        List<Port> ports = new ArrayList<>();
        for (Object port : list(service.get("ports"))) {
            ports.add(port(map(port)));
        }
        List<Container> containers = new ArrayList<>();
        for (Object container : list(service.get("containers"))) {
            containers.add(container(map(container)));
        }
        Map<?, ?> annotations = map(service.get("annotations"));
        return new Service((String) service.get("name"),
                service.containsKey("kind") ? ServiceKind.fromDsl((String) service.get("kind")).orElseThrow()
                        : ServiceKind.DEPLOYMENT,
                ports, new Annotations(freeForm(annotations.get("pod")), freeForm(annotations.get("service"))),
                flag(service.get("headless")), flag(service.get("hostNetwork")), flag(service.get("hostPID")),
                service.get("strategy") == null ? null : Strategy.fromDsl((String) service.get("strategy")).orElseThrow(),
                service.get("antiAffinity") == null ? null
                        : AntiAffinity.fromDsl((String) service.get("antiAffinity")).orElseThrow(),
                containers);
    }

    private static Port port(Map<?, ?> port) {
        return new Port(portNumber(port.get("cont")), port.get("node") == null ? null : portNumber(port.get("node")),
                (String) port.get("ingress"));
    }

    private static Container container(Map<?, ?> container) {
        List<Volume> volumes = new ArrayList<>();
        for (Object volume : list(container.get("volumes"))) {
            volumes.add(volume(map(volume)));
        }
        List<EnvVar> env = new ArrayList<>();
        for (Object variable : list(container.get("env"))) {
            Map<?, ?> entry = map(variable);
            env.add(new EnvVar((String) entry.get("name"), (String) entry.get("value"), freeForm(entry.get("valueFrom"))));
        }
        return new Container((String) container.get("name"), (String) container.get("image"),
                flag(container.get("privileged")), probes(map(container.get("probes"))), freeForm(container.get("lifecycle")),
                volumes, commands(container.get("pre")), command(map(container.get("daemon"))),
                commands(container.get("post")), env);
    }

    private static Probes probes(Map<?, ?> probes) {
        Object readiness = probes.get("readiness");
        return new Probes(readiness instanceof String command ? Probe.command(command) : probe(readiness),
                probe(probes.get("liveness")));
    }

    private static Probe probe(Object value) {
        if (value == null) {
            return null;
        }
        Map<?, ?> probe = map(value);
        return new Probe(ProbeType.fromDsl((String) probe.get("type")).orElseThrow(), (String) probe.get("command"),
                probe.get("port") == null ? null : portNumber(probe.get("port")), (String) probe.get("path"),
                (String) probe.get("scheme"), PlainValues.integerOrNull(probe.get("initialDelay")),
                PlainValues.integerOrNull(probe.get("timeout")));
    }

    private static Volume volume(Map<?, ?> volume) {
        return new Volume((String) volume.get("name"), VolumeType.fromDsl((String) volume.get("type")).orElseThrow(),
                (String) volume.get("path"), (String) volume.get("mount-path"), flag(volume.get("readOnly")));
    }

    private static List<Command> commands(Object value) {
        List<Command> commands = new ArrayList<>();
        for (Object command : list(value)) {
            commands.add(command(map(command)));
        }
        return commands;
    }

    private static Command command(Map<?, ?> command) {
        CommandType type = command.get("type") == null ? CommandType.LOCAL
                : CommandType.fromDsl((String) command.get("type")).orElseThrow();
        return new Command((String) command.get("name"), type, (String) command.get("image"),
                (String) command.get("command"), strings(command.get("dependencies")), strings(command.get("files")),
                strings(command.get("secrets")), (String) command.get("user"));
    }

    private static Map<String, FileSpec> files(Object value) {
        Map<String, FileSpec> files = new LinkedHashMap<>();
        map(value).forEach((key, entry) -> {
            Map<?, ?> file = map(entry);
            files.put(String.valueOf(key), new FileSpec((String) file.get("path"), (String) file.get("content"),
                    (String) file.get("perm"), (String) file.get("user")));
        });
        return files;
    }

    private static Map<String, SecretSpec> secrets(Object value) {
        Map<String, SecretSpec> secrets = new LinkedHashMap<>();
        map(value).forEach((key, entry) -> {
            Map<?, ?> secret = map(entry);
            Map<?, ?> volume = map(secret.get("secret"));
            List<SecretItem> items = new ArrayList<>();
            for (Object item : list(volume.get("items"))) {
                Map<?, ?> itemMap = map(item);
                items.add(new SecretItem((String) itemMap.get("key"), (String) itemMap.get("path"),
                        permission(itemMap.get("mode"))));
            }
            Map<String, String> data = new LinkedHashMap<>();
            map(secret.get("data")).forEach((dataKey, text) -> data.put(String.valueOf(dataKey), (String) text));
            secrets.put(String.valueOf(key), new SecretSpec((String) secret.get("path"),
                    new SecretVolume((String) volume.get("secretName"), permission(volume.get("defaultMode")), items),
                    (String) secret.get("type"), data));
        });
        return secrets;
    }

    private static Integer permission(Object value) {
        return value == null ? null : Integer.parseInt((String) value, 8);
    }

    private static int portNumber(Object value) {
        return value instanceof String text ? Integer.parseInt(text) : PlainValues.integerOrNull(value);
    }

    private static boolean flag(Object value) {
        return Boolean.TRUE.equals(value);
    }

    private static Map<?, ?> map(Object value) {
        return value == null ? Map.of() : (Map<?, ?>) value;
    }

    private static Map<String, Object> freeForm(Object value) {
        return PlainValues.immutableMap(map(value));
    }

    private static List<?> list(Object value) {
        return value == null ? List.of() : (List<?>) value;
    }

    private static List<String> strings(Object value) {
        List<String> strings = new ArrayList<>();
        for (Object item : list(value)) {
            strings.add((String) item);
        }
        return strings;
    }
}
