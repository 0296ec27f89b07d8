package dev.ccp.dsl.service.validation;

import dev.ccp.dsl.problem.Suggestions;
import dev.ccp.dsl.service.CommandType;
import dev.ccp.dsl.service.KeyPath;
import dev.ccp.dsl.service.ProbeType;
import dev.ccp.dsl.service.VolumeType;
import dev.ccp.dsl.yaml.PlainValues;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The container part of the service-definition schema: probes, volumes, env and commands. */
final class ContainerChecks {

    private static final List<String> CONTAINER_KEYS = List.of("name", "image", "privileged", "probes", "lifecycle",
            "volumes", "pre", "daemon", "post", "env");
    private static final List<String> PROBES_KEYS = List.of("readiness", "liveness");
    private static final List<String> EXEC_PROBE_KEYS = List.of("type", "command", "initialDelay", "timeout");
    private static final List<String> HTTP_PROBE_KEYS = List.of("type", "port", "path", "initialDelay", "timeout",
            "scheme");
    private static final List<String> PROBE_TYPES = List.of(ProbeType.EXEC.dslName(), ProbeType.HTTP_GET.dslName());
    private static final List<String> VOLUME_KEYS = List.of("name", "path", "type", "mount-path", "readOnly");
    private static final List<String> ENV_KEYS = List.of("name", "value", "valueFrom");
    private static final List<String> LOCAL_COMMAND_KEYS = List.of("name", "command", "dependencies", "type", "files",
            "secrets", "user");
    private static final List<String> SINGLE_COMMAND_KEYS = List.of("name", "command", "dependencies", "type", "files",
            "secrets", "user", "image");
    private static final Pattern DEPENDENCY = Pattern.compile("[^:\\s]+(:local)?");

    private final Checks checks;
    private final DefinitionValidator.SectionKeys sections;

    ContainerChecks(Checks checks, DefinitionValidator.SectionKeys sections) {
        this.checks = checks;
        this.sections = sections;
    }

    /**
     * Checks one container. {@code namesSeen} maps the container and single-job names met so far
     * in this service to their key paths, to report duplicates.
     */
    void check(Object value, String path, Map<String, String> namesSeen) {
        checks.closedMapping(value, path, "a container mapping", CONTAINER_KEYS, List.of("name", "image", "daemon"))
                .ifPresent(container -> {
                    if (container.containsKey("name")
                            && checks.nonEmptyString(container.get("name"), KeyPath.child(path, "name"))) {
                        claimName((String) container.get("name"), KeyPath.child(path, "name"), namesSeen);
                    }
                    if (container.containsKey("image")) {
                        checks.nonEmptyString(container.get("image"), KeyPath.child(path, "image"));
                    }
                    if (container.containsKey("privileged")) {
                        checks.bool(container.get("privileged"), KeyPath.child(path, "privileged"));
                    }
                    if (container.containsKey("probes")) {
                        checkProbes(container.get("probes"), KeyPath.child(path, "probes"));
                    }
                    if (container.containsKey("lifecycle")) {
                        checks.mapping(container.get("lifecycle"), KeyPath.child(path, "lifecycle"),
                                "a lifecycle mapping");
                    }
                    if (container.containsKey("volumes")) {
                        checkVolumes(container.get("volumes"), KeyPath.child(path, "volumes"));
                    }
                    if (container.containsKey("env")) {
                        checkEnv(container.get("env"), KeyPath.child(path, "env"));
                    }
                    for (String phase : List.of("pre", "post")) {
                        if (container.containsKey(phase)) {
                            checkCommands(container.get(phase), KeyPath.child(path, phase), namesSeen);
                        }
                    }
                    if (container.containsKey("daemon")) {
                        checkCommand(container.get("daemon"), KeyPath.child(path, "daemon"), true, namesSeen);
                    }
                });
    }

    private void claimName(String name, String path, Map<String, String> namesSeen) {
        String earlier = namesSeen.putIfAbsent(name, path);
        if (earlier != null) {
            checks.problem(path, "expected a name unique among the containers and single jobs of the service, found '"
                    + name + "' (also used at " + earlier + ")");
        }
    }

    private void checkProbes(Object value, String path) {
        checks.closedMapping(value, path, "a mapping {readiness, liveness}", PROBES_KEYS, List.of()).ifPresent(probes -> {
            if (probes.containsKey("readiness")) {
                Object readiness = probes.get("readiness");
                String readinessPath = KeyPath.child(path, "readiness");
                if (readiness instanceof String) {
                    checks.nonEmptyString(readiness, readinessPath);
                } else if (readiness instanceof Map<?, ?>) {
                    checkProbe(readiness, readinessPath);
                } else {
                    checks.expected(readinessPath, "a command string or a probe mapping", readiness);
                }
            }
            if (probes.containsKey("liveness")) {
                checkProbe(probes.get("liveness"), KeyPath.child(path, "liveness"));
            }
        });
    }

    private void checkProbe(Object value, String path) {
        checks.mapping(value, path, "a probe mapping with type exec or httpGet").ifPresent(probe -> {
            if (!probe.containsKey("type")) {
                checks.problem(path, "missing required key 'type' (exec or httpGet)");
                return;
            }
            if (!checks.oneOf(probe.get("type"), KeyPath.child(path, "type"), PROBE_TYPES)) {
                return;
            }
            boolean exec = ProbeType.EXEC.dslName().equals(probe.get("type"));
            List<String> keys = exec ? EXEC_PROBE_KEYS : HTTP_PROBE_KEYS;
            List<String> required = exec ? List.of("type", "command") : List.of("type", "port", "path");
            checks.closedMapping(probe, path, "a probe mapping", keys, required);
            if (probe.containsKey("command")) {
                checks.nonEmptyString(probe.get("command"), KeyPath.child(path, "command"));
            }
            if (!exec && probe.containsKey("port")) {
                checks.port(probe.get("port"), KeyPath.child(path, "port"));
            }
            if (!exec && probe.containsKey("path")) {
                checks.absolutePath(probe.get("path"), KeyPath.child(path, "path"));
            }
            if (!exec && probe.containsKey("scheme")) {
                checks.oneOf(probe.get("scheme"), KeyPath.child(path, "scheme"), List.of("http", "https"));
            }
            for (String key : List.of("initialDelay", "timeout")) {
                if (probe.containsKey(key)) {
                    checks.seconds(probe.get(key), KeyPath.child(path, key));
                }
            }
        });
    }

    private void checkVolumes(Object value, String path) {
        checks.list(value, path, "volumes", true).ifPresent(volumes -> {
            for (int i = 0; i < volumes.size(); i++) {
                String volumePath = KeyPath.index(path, i);
                checks.closedMapping(volumes.get(i), volumePath, "a volume mapping", VOLUME_KEYS,
                        List.of("name", "path")).ifPresent(volume -> {
                            if (!volume.containsKey("type")) {
                                checks.problem(volumePath, "missing required key 'type' (host or empty-dir)");
                            } else {
                                checks.oneOf(volume.get("type"), KeyPath.child(volumePath, "type"), VolumeType.dslNames());
                            }
                            if (volume.containsKey("name")) {
                                checks.nonEmptyString(volume.get("name"), KeyPath.child(volumePath, "name"));
                            }
                            for (String key : List.of("path", "mount-path")) {
                                if (volume.containsKey(key)) {
                                    checks.absolutePath(volume.get(key), KeyPath.child(volumePath, key));
                                }
                            }
                            if (volume.containsKey("readOnly")) {
                                checks.bool(volume.get("readOnly"), KeyPath.child(volumePath, "readOnly"));
                            }
                        });
            }
        });
    }

    private void checkEnv(Object value, String path) {
        checks.list(value, path, "environment variables", true).ifPresent(variables -> {
            for (int i = 0; i < variables.size(); i++) {
                String variablePath = KeyPath.index(path, i);
                checks.closedMapping(variables.get(i), variablePath, "a mapping {name, value, valueFrom}", ENV_KEYS,
                        List.of("name")).ifPresent(variable -> {
                            if (variable.containsKey("name")) {
                                checks.nonEmptyString(variable.get("name"), KeyPath.child(variablePath, "name"));
                            }
                            if (variable.containsKey("value")) {
                                checks.nonEmptyString(variable.get("value"), KeyPath.child(variablePath, "value"));
                            }
                            if (variable.containsKey("valueFrom")) {
                                checks.mapping(variable.get("valueFrom"), KeyPath.child(variablePath, "valueFrom"),
                                        "a valueFrom mapping");
                            }
                        });
            }
        });
    }

    private void checkCommands(Object value, String path, Map<String, String> namesSeen) {
        checks.list(value, path, "commands", true).ifPresent(commands -> {
            for (int i = 0; i < commands.size(); i++) {
                checkCommand(commands.get(i), KeyPath.index(path, i), false, namesSeen);
            }
        });
    }

    private void checkCommand(Object value, String path, boolean daemon, Map<String, String> namesSeen) {
        checks.mapping(value, path, "a command mapping").ifPresent(command -> {
            Object type = command.get("type");
            boolean single;
            if (type == null && !command.containsKey("type")) {
                single = false;
            } else if (!checks.oneOf(type, KeyPath.child(path, "type"), CommandType.dslNames())) {
                return;
            } else {
                single = CommandType.SINGLE.dslName().equals(type);
            }
            if (single && daemon) {
                checks.problem(KeyPath.child(path, "type"),
                        "expected a local command for the daemon (type local or no type), found 'single'");
                return;
            }
            checks.closedMapping(command, path, single ? "a single command" : "a local command",
                    single ? SINGLE_COMMAND_KEYS : LOCAL_COMMAND_KEYS,
                    single ? List.of("name", "command", "type") : List.of("command"));
            if (command.containsKey("name") && checks.nonEmptyString(command.get("name"), KeyPath.child(path, "name"))
                    && single) {
                claimName((String) command.get("name"), KeyPath.child(path, "name"), namesSeen);
            }
            for (String key : List.of("command", "image", "user")) {
                if (command.containsKey(key)) {
                    checks.nonEmptyString(command.get(key), KeyPath.child(path, key));
                }
            }
            if (command.containsKey("dependencies")) {
                checkDependencies(command.get("dependencies"), KeyPath.child(path, "dependencies"));
            }
            for (String section : List.of("files", "secrets")) {
                if (command.containsKey(section)) {
                    checkReferences(command.get(section), KeyPath.child(path, section), section);
                }
            }
        });
    }

    private void checkDependencies(Object value, String path) {
        checks.list(value, path, "dependency names", true).ifPresent(dependencies -> {
            for (int i = 0; i < dependencies.size(); i++) {
                Object dependency = dependencies.get(i);
                String itemPath = KeyPath.index(path, i);
                if (checks.nonEmptyString(dependency, itemPath)
                        && !DEPENDENCY.matcher((String) dependency).matches()) {
                    checks.expected(itemPath, "a dependency name, optionally with ':local'", dependency);
                }
            }
        });
    }

    /** A command's {@code files} or {@code secrets}: keys of the definition's section of that name. */
    private void checkReferences(Object value, String path, String section) {
        checks.list(value, path, section + " keys", true).ifPresent(references -> {
            for (int i = 0; i < references.size(); i++) {
                Object reference = references.get(i);
                String itemPath = KeyPath.index(path, i);
                if (!checks.nonEmptyString(reference, itemPath)) {
                    continue;
                }
                if (sections.isAbsent(section)) {
                    checks.problem(itemPath, "expected a key of the definition's '" + section + "' section, found "
                            + PlainValues.describe(reference) + ", but the definition has no '" + section + "' section");
                    continue;
                }
                Set<String> keys = sections.keys(section).orElse(null);
                if (keys != null && !keys.contains(reference)) {
                    checks.problem(itemPath, "expected a key of the definition's '" + section + "' section ("
                            + String.join(", ", new TreeSet<>(keys)) + "), found "
                            + PlainValues.describe(reference) + Suggestions.didYouMean((String) reference, keys));
                }
            }
        });
    }
}
