package dev.ccp.dsl.service.validation;

import dev.ccp.dsl.problem.Suggestions;
import dev.ccp.dsl.service.CommandType;
import dev.ccp.dsl.yaml.KeyPath;
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
    void check(Object value, KeyPath path, Map<String, KeyPath> namesSeen) {
        checks.closedMapping(value, path, "a container mapping", CONTAINER_KEYS, List.of("name", "image", "daemon"))
                .ifPresent(container -> {
                    if (container.containsKey("name")
                            && checks.nonEmptyString(container.get("name"), path.key("name"))) {
                        claimName((String) container.get("name"), path.key("name"), namesSeen);
                    }
                    if (container.containsKey("image")) {
                        checks.nonEmptyString(container.get("image"), path.key("image"));
                    }
                    if (container.containsKey("privileged")) {
                        checks.bool(container.get("privileged"), path.key("privileged"));
                    }
                    if (container.containsKey("probes")) {
                        checkProbes(container.get("probes"), path.key("probes"));
                    }
                    if (container.containsKey("lifecycle")) {
                        checks.mapping(container.get("lifecycle"), path.key("lifecycle"),
                                "a lifecycle mapping");
                    }
                    if (container.containsKey("volumes")) {
                        checkVolumes(container.get("volumes"), path.key("volumes"));
                    }
                    if (container.containsKey("env")) {
                        checkEnv(container.get("env"), path.key("env"));
                    }
                    for (String phase : List.of("pre", "post")) {
                        if (container.containsKey(phase)) {
                            checkCommands(container.get(phase), path.key(phase), namesSeen);
                        }
                    }
                    if (container.containsKey("daemon")) {
                        checkCommand(container.get("daemon"), path.key("daemon"), true, namesSeen);
                    }
                });
    }

    private void claimName(String name, KeyPath path, Map<String, KeyPath> namesSeen) {
        KeyPath earlier = namesSeen.putIfAbsent(name, path);
        if (earlier != null) {
            checks.problem(path, "expected a name unique among the containers and single jobs of the service, found '"
                    + name + "' (also used at " + earlier + ")");
        }
    }

    private void checkProbes(Object value, KeyPath path) {
        checks.closedMapping(value, path, "a mapping {readiness, liveness}", PROBES_KEYS, List.of()).ifPresent(probes -> {
            if (probes.containsKey("readiness")) {
                Object readiness = probes.get("readiness");
                KeyPath readinessPath = path.key("readiness");
                if (readiness instanceof String) {
                    checks.nonEmptyString(readiness, readinessPath);
                } else if (readiness instanceof Map<?, ?>) {
                    checkProbe(readiness, readinessPath);
                } else {
                    checks.expected(readinessPath, "a command string or a probe mapping", readiness);
                }
            }
            if (probes.containsKey("liveness")) {
                checkProbe(probes.get("liveness"), path.key("liveness"));
            }
        });
    }

    private void checkProbe(Object value, KeyPath path) {
        checks.mapping(value, path, "a probe mapping with type exec or httpGet").ifPresent(probe -> {
            if (!probe.containsKey("type")) {
                checks.problem(path, "missing required key 'type' (exec or httpGet)");
                return;
            }
            if (!checks.oneOf(probe.get("type"), path.key("type"), PROBE_TYPES)) {
                return;
            }
            boolean exec = ProbeType.EXEC.dslName().equals(probe.get("type"));
            List<String> keys = exec ? EXEC_PROBE_KEYS : HTTP_PROBE_KEYS;
            List<String> required = exec ? List.of("type", "command") : List.of("type", "port", "path");
            checks.closedMapping(probe, path, "a probe mapping", keys, required);
            if (probe.containsKey("command")) {
                checks.nonEmptyString(probe.get("command"), path.key("command"));
            }
            if (!exec && probe.containsKey("port")) {
                checks.port(probe.get("port"), path.key("port"));
            }
            if (!exec && probe.containsKey("path")) {
                checks.absolutePath(probe.get("path"), path.key("path"));
            }
            if (!exec && probe.containsKey("scheme")) {
                checks.oneOf(probe.get("scheme"), path.key("scheme"), List.of("http", "https"));
            }
            for (String key : List.of("initialDelay", "timeout")) {
                if (probe.containsKey(key)) {
                    checks.seconds(probe.get(key), path.key(key));
                }
            }
        });
    }

    private void checkVolumes(Object value, KeyPath path) {
        checks.list(value, path, "volumes", true).ifPresent(volumes -> {
            for (int i = 0; i < volumes.size(); i++) {
                KeyPath volumePath = path.index(i);
                checks.closedMapping(volumes.get(i), volumePath, "a volume mapping", VOLUME_KEYS,
                        List.of("name", "path")).ifPresent(volume -> {
                            if (!volume.containsKey("type")) {
                                checks.problem(volumePath, "missing required key 'type' (host or empty-dir)");
                            } else {
                                checks.oneOf(volume.get("type"), volumePath.key("type"), VolumeType.dslNames());
                            }
                            if (volume.containsKey("name")) {
                                checks.nonEmptyString(volume.get("name"), volumePath.key("name"));
                            }
                            for (String key : List.of("path", "mount-path")) {
                                if (volume.containsKey(key)) {
                                    checks.absolutePath(volume.get(key), volumePath.key(key));
                                }
                            }
                            if (volume.containsKey("readOnly")) {
                                checks.bool(volume.get("readOnly"), volumePath.key("readOnly"));
                            }
                        });
            }
        });
    }

    private void checkEnv(Object value, KeyPath path) {
        checks.list(value, path, "environment variables", true).ifPresent(variables -> {
            for (int i = 0; i < variables.size(); i++) {
                KeyPath variablePath = path.index(i);
                checks.closedMapping(variables.get(i), variablePath, "a mapping {name, value, valueFrom}", ENV_KEYS,
                        List.of("name")).ifPresent(variable -> {
                            if (variable.containsKey("name")) {
                                checks.nonEmptyString(variable.get("name"), variablePath.key("name"));
                            }
                            if (variable.containsKey("value")) {
                                checks.nonEmptyString(variable.get("value"), variablePath.key("value"));
                            }
                            if (variable.containsKey("valueFrom")) {
                                checks.mapping(variable.get("valueFrom"), variablePath.key("valueFrom"),
                                        "a valueFrom mapping");
                            }
                        });
            }
        });
    }

    private void checkCommands(Object value, KeyPath path, Map<String, KeyPath> namesSeen) {
        checks.list(value, path, "commands", true).ifPresent(commands -> {
            for (int i = 0; i < commands.size(); i++) {
                checkCommand(commands.get(i), path.index(i), false, namesSeen);
            }
        });
    }

    private void checkCommand(Object value, KeyPath path, boolean daemon, Map<String, KeyPath> namesSeen) {
        checks.mapping(value, path, "a command mapping").ifPresent(command -> {
            Object type = command.get("type");
            boolean single;
            if (type == null && !command.containsKey("type")) {
                single = false;
            } else if (!checks.oneOf(type, path.key("type"), CommandType.dslNames())) {
                return;
            } else {
                single = CommandType.SINGLE.dslName().equals(type);
            }
            if (single && daemon) {
                checks.problem(path.key("type"),
                        "expected a local command for the daemon (type local or no type), found 'single'");
                return;
            }
            checks.closedMapping(command, path, single ? "a single command" : "a local command",
                    single ? SINGLE_COMMAND_KEYS : LOCAL_COMMAND_KEYS,
                    single ? List.of("name", "command", "type") : List.of("command"));
            if (command.containsKey("name") && checks.nonEmptyString(command.get("name"), path.key("name"))
                    && single) {
                claimName((String) command.get("name"), path.key("name"), namesSeen);
            }
            for (String key : List.of("command", "image", "user")) {
                if (command.containsKey(key)) {
                    checks.nonEmptyString(command.get(key), path.key(key));
                }
            }
            if (command.containsKey("dependencies")) {
                checkDependencies(command.get("dependencies"), path.key("dependencies"));
            }
            for (String section : List.of("files", "secrets")) {
                if (command.containsKey(section)) {
                    checkReferences(command.get(section), path.key(section), section);
                }
            }
        });
    }

    private void checkDependencies(Object value, KeyPath path) {
        checks.list(value, path, "dependency names", true).ifPresent(dependencies -> {
            for (int i = 0; i < dependencies.size(); i++) {
                Object dependency = dependencies.get(i);
                KeyPath itemPath = path.index(i);
                if (checks.nonEmptyString(dependency, itemPath)
                        && !DEPENDENCY.matcher((String) dependency).matches()) {
                    checks.expected(itemPath, "a dependency name, optionally with ':local'", dependency);
                }
            }
        });
    }

    /** A command's {@code files} or {@code secrets}: keys of the definition's section of that name. */
    private void checkReferences(Object value, KeyPath path, String section) {
        checks.list(value, path, section + " keys", true).ifPresent(references -> {
            for (int i = 0; i < references.size(); i++) {
                Object reference = references.get(i);
                KeyPath itemPath = path.index(i);
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
