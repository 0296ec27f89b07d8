package dev.ccp.dsl.service.validation;

import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.service.AntiAffinity;
import dev.ccp.dsl.service.DslVersion;
import dev.ccp.dsl.service.KeyPath;
import dev.ccp.dsl.service.RawDefinition;
import dev.ccp.dsl.service.ServiceKind;
import dev.ccp.dsl.service.Strategy;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a rendered service definition against the DSL schema (REFERENCE 6.2) plus the
 * cross-references the schema cannot express: unique container and job names, command
 * {@code files}/{@code secrets} naming existing sections, no {@code strategy} on a StatefulSet.
 * Returns every problem found, never throws for bad input.
 */
public final class DefinitionValidator {

    private static final List<String> DOCUMENT_KEYS = List.of("dsl_version", "service", "files", "secrets");
    private static final List<String> SERVICE_KEYS = List.of("name", "kind", "ports", "annotations", "headless",
            "hostNetwork", "hostPID", "strategy", "antiAffinity", "containers");
    private static final List<String> PORT_KEYS = List.of("cont", "node", "ingress");
    private static final List<String> ANNOTATION_KEYS = List.of("pod", "service");
    private static final List<String> FILE_KEYS = List.of("path", "content", "perm", "user");
    private static final List<String> SECRET_KEYS = List.of("secret", "path", "type", "data");
    private static final List<String> SECRET_VOLUME_KEYS = List.of("secretName", "defaultMode", "items");
    private static final List<String> SECRET_ITEM_KEYS = List.of("key", "path", "mode");

    /** Every problem of {@code definition}; empty when it is valid. */
    public List<Problem> validate(RawDefinition definition) {
        Checks checks = new Checks(definition.file());
        checks.closedMapping(definition.document(), "", "a mapping with dsl_version and service", DOCUMENT_KEYS,
                List.of("dsl_version", "service")).ifPresent(root -> {
                    checkVersion(checks, root);
                    SectionKeys sections = new SectionKeys();
                    if (root.containsKey("files")) {
                        sections.put("files", checkFiles(checks, root.get("files")));
                    }
                    if (root.containsKey("secrets")) {
                        sections.put("secrets", checkSecrets(checks, root.get("secrets")));
                    }
                    if (root.containsKey("service")) {
                        checkService(checks, root.get("service"), sections);
                    }
                });
        return checks.problems();
    }

    private static void checkVersion(Checks checks, Map<?, ?> root) {
        if (root.containsKey("dsl_version")) {
            Object version = root.get("dsl_version");
            if (!(version instanceof String text) || DslVersion.tryParse(text).isEmpty()) {
                checks.expected("dsl_version", "a version X.Y or X.Y.Z", version);
            }
        }
    }

    private static void checkService(Checks checks, Object value, SectionKeys sections) {
        String path = "service";
        checks.closedMapping(value, path, "a mapping", SERVICE_KEYS, List.of("name", "containers")).ifPresent(service -> {
            if (service.containsKey("name")) {
                checks.nonEmptyString(service.get("name"), KeyPath.child(path, "name"));
            }
            if (service.containsKey("kind")) {
                checks.oneOf(service.get("kind"), KeyPath.child(path, "kind"), ServiceKind.dslNames());
            }
            if (service.containsKey("ports")) {
                checkPorts(checks, service.get("ports"), KeyPath.child(path, "ports"));
            }
            if (service.containsKey("annotations")) {
                checkAnnotations(checks, service.get("annotations"), KeyPath.child(path, "annotations"));
            }
            for (String flag : List.of("headless", "hostNetwork", "hostPID")) {
                if (service.containsKey(flag)) {
                    checks.bool(service.get(flag), KeyPath.child(path, flag));
                }
            }
            if (service.containsKey("strategy")) {
                checkStrategy(checks, service, KeyPath.child(path, "strategy"));
            }
            Object antiAffinity = service.get("antiAffinity");
            if (antiAffinity != null) {
                checks.oneOf(antiAffinity, KeyPath.child(path, "antiAffinity"), AntiAffinity.dslNames());
            }
            if (service.containsKey("containers")) {
                checkContainers(checks, service.get("containers"), KeyPath.child(path, "containers"), sections);
            }
        });
    }

    private static void checkStrategy(Checks checks, Map<?, ?> service, String path) {
        Object strategy = service.get("strategy");
        if (checks.oneOf(strategy, path, Strategy.dslNames())
                && ServiceKind.STATEFUL_SET.dslName().equals(service.get("kind"))) {
            checks.problem(path, "expected no strategy for kind StatefulSet (it has none), found '" + strategy + "'");
        }
    }

    private static void checkPorts(Checks checks, Object value, String path) {
        checks.list(value, path, "ports", true).ifPresent(ports -> {
            for (int i = 0; i < ports.size(); i++) {
                String portPath = KeyPath.index(path, i);
                checks.closedMapping(ports.get(i), portPath, "a port mapping {cont, node, ingress}", PORT_KEYS,
                        List.of("cont")).ifPresent(port -> {
                            if (port.containsKey("cont")) {
                                checks.port(port.get("cont"), KeyPath.child(portPath, "cont"));
                            }
                            if (port.containsKey("node")) {
                                checks.port(port.get("node"), KeyPath.child(portPath, "node"));
                            }
                            if (port.containsKey("ingress")) {
                                checks.string(port.get("ingress"), KeyPath.child(portPath, "ingress"));
                            }
                        });
            }
        });
    }

    private static void checkAnnotations(Checks checks, Object value, String path) {
        checks.closedMapping(value, path, "a mapping {pod, service}", ANNOTATION_KEYS, List.of())
                .ifPresent(annotations -> annotations.forEach((key, block) ->
                        checks.mapping(block, KeyPath.child(path, key), "a mapping of annotations")));
    }

    private static void checkContainers(Checks checks, Object value, String path, SectionKeys sections) {
        checks.list(value, path, "containers", true).ifPresent(containers -> {
            ContainerChecks containerChecks = new ContainerChecks(checks, sections);
            Map<String, String> namesSeen = new LinkedHashMap<>();
            for (int i = 0; i < containers.size(); i++) {
                containerChecks.check(containers.get(i), KeyPath.index(path, i), namesSeen);
            }
        });
    }

    /** Checks the {@code files} section; returns its keys, empty when it is not a mapping. */
    private static Optional<Set<String>> checkFiles(Checks checks, Object value) {
        Set<String> keys = new LinkedHashSet<>();
        Optional<Map<?, ?>> section = checks.mapping(value, "files",
                "a mapping of file keys to {path, content, perm, user}");
        section.ifPresent(files ->
                files.forEach((key, entry) -> {
                    String path = KeyPath.child("files", key);
                    keys.add(String.valueOf(key));
                    checks.closedMapping(entry, path, "a mapping {path, content, perm, user}", FILE_KEYS,
                            List.of("path", "content")).ifPresent(file -> {
                                if (file.containsKey("path")) {
                                    checks.absolutePath(file.get("path"), KeyPath.child(path, "path"));
                                }
                                if (file.containsKey("content")) {
                                    checks.nonEmptyString(file.get("content"), KeyPath.child(path, "content"));
                                }
                                if (file.containsKey("perm")) {
                                    checks.filePermission(file.get("perm"), KeyPath.child(path, "perm"));
                                }
                                if (file.containsKey("user")) {
                                    checks.nonEmptyString(file.get("user"), KeyPath.child(path, "user"));
                                }
                            });
                }));
        return section.map(ignored -> keys);
    }

    /** Checks the {@code secrets} section; returns its keys, empty when it is not a mapping. */
    private static Optional<Set<String>> checkSecrets(Checks checks, Object value) {
        Set<String> keys = new LinkedHashSet<>();
        Optional<Map<?, ?>> section = checks.mapping(value, "secrets",
                "a mapping of secret keys to {secret, path, type, data}");
        section.ifPresent(secrets ->
                secrets.forEach((key, entry) -> {
                    String path = KeyPath.child("secrets", key);
                    keys.add(String.valueOf(key));
                    if (String.valueOf(key).isBlank()) {
                        checks.problem("secrets", "expected a non-empty secret key, found an empty key");
                    }
                    checks.closedMapping(entry, path, "a mapping {secret, path, type, data}", SECRET_KEYS,
                            List.of("secret", "path")).ifPresent(secret -> checkSecret(checks, secret, path));
                }));
        return section.map(ignored -> keys);
    }

    private static void checkSecret(Checks checks, Map<?, ?> secret, String path) {
        if (secret.containsKey("path")) {
            checks.absolutePath(secret.get("path"), KeyPath.child(path, "path"));
        }
        if (secret.containsKey("type")) {
            checks.nonEmptyString(secret.get("type"), KeyPath.child(path, "type"));
        }
        if (secret.containsKey("data")) {
            String dataPath = KeyPath.child(path, "data");
            checks.mapping(secret.get("data"), dataPath, "a mapping of keys to strings").ifPresent(data ->
                    data.forEach((key, text) -> checks.nonEmptyString(text, KeyPath.child(dataPath, key))));
        }
        if (secret.containsKey("secret")) {
            String volumePath = KeyPath.child(path, "secret");
            checks.closedMapping(secret.get("secret"), volumePath, "a mapping {secretName, defaultMode, items}",
                    SECRET_VOLUME_KEYS, List.of("secretName")).ifPresent(volume -> {
                        if (volume.containsKey("secretName")) {
                            checks.nonEmptyString(volume.get("secretName"), KeyPath.child(volumePath, "secretName"));
                        }
                        if (volume.containsKey("defaultMode")) {
                            checks.secretPermission(volume.get("defaultMode"), KeyPath.child(volumePath, "defaultMode"));
                        }
                        if (volume.containsKey("items")) {
                            checkSecretItems(checks, volume.get("items"), KeyPath.child(volumePath, "items"));
                        }
                    });
        }
    }

    private static void checkSecretItems(Checks checks, Object value, String path) {
        checks.list(value, path, "items {key, path, mode}", true).ifPresent(items -> {
            for (int i = 0; i < items.size(); i++) {
                String itemPath = KeyPath.index(path, i);
                checks.closedMapping(items.get(i), itemPath, "a mapping {key, path, mode}", SECRET_ITEM_KEYS,
                        List.of("key", "path")).ifPresent(item -> {
                            if (item.containsKey("key")) {
                                checks.nonEmptyString(item.get("key"), KeyPath.child(itemPath, "key"));
                            }
                            if (item.containsKey("path")) {
                                checks.nonEmptyString(item.get("path"), KeyPath.child(itemPath, "path"));
                            }
                            if (item.containsKey("mode")) {
                                checks.secretPermission(item.get("mode"), KeyPath.child(itemPath, "mode"));
                            }
                        });
            }
        });
    }

    /**
     * The keys of the definition's {@code files} and {@code secrets} sections, for checking the
     * references commands make to them.
     */
    static final class SectionKeys {

        /** Section name to its keys; an empty Optional when the section is present but malformed. */
        private final Map<String, Optional<Set<String>>> sections = new LinkedHashMap<>();

        void put(String section, Optional<Set<String>> keys) {
            sections.put(section, keys);
        }

        boolean isAbsent(String section) {
            return !sections.containsKey(section);
        }

        /** The section's keys; empty when it is absent or malformed (nothing to check against). */
        Optional<Set<String>> keys(String section) {
            return sections.getOrDefault(section, Optional.empty());
        }
    }
}
