package dev.ccp.dsl.service.validation;

import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.service.AntiAffinity;
import dev.ccp.dsl.service.DslVersion;
import dev.ccp.dsl.yaml.KeyPath;
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
    private static final List<String> SECRET_KEYS = List.of("secret", "path", "type", "data");
    private static final List<String> SECRET_VOLUME_KEYS = List.of("secretName", "defaultMode", "items");
    private static final List<String> SECRET_ITEM_KEYS = List.of("key", "path", "mode");

    /** Every problem of {@code definition}; empty when it is valid. */
    public List<Problem> validate(RawDefinition definition) {
        Checks checks = new Checks(definition.file());
        checks.closedMapping(definition.document(), KeyPath.root(), "a mapping with dsl_version and service",
                DOCUMENT_KEYS, List.of("dsl_version", "service")).ifPresent(root -> {
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
                checks.expected(KeyPath.of("dsl_version"), "a version X.Y or X.Y.Z", version);
            }
        }
    }

    private static void checkService(Checks checks, Object value, SectionKeys sections) {
        KeyPath path = KeyPath.of("service");
        checks.closedMapping(value, path, "a mapping", SERVICE_KEYS, List.of("name", "containers")).ifPresent(service -> {
            if (service.containsKey("name")) {
                checks.nonEmptyString(service.get("name"), path.key("name"));
            }
            if (service.containsKey("kind")) {
                checks.oneOf(service.get("kind"), path.key("kind"), ServiceKind.dslNames());
            }
            if (service.containsKey("ports")) {
                checkPorts(checks, service.get("ports"), path.key("ports"));
            }
            if (service.containsKey("annotations")) {
                checkAnnotations(checks, service.get("annotations"), path.key("annotations"));
            }
            for (String flag : List.of("headless", "hostNetwork", "hostPID")) {
                if (service.containsKey(flag)) {
                    checks.bool(service.get(flag), path.key(flag));
                }
            }
            if (service.containsKey("strategy")) {
                checkStrategy(checks, service, path.key("strategy"));
            }
            Object antiAffinity = service.get("antiAffinity");
            if (antiAffinity != null) {
                checks.oneOf(antiAffinity, path.key("antiAffinity"), AntiAffinity.dslNames());
            }
            if (service.containsKey("containers")) {
                checkContainers(checks, service.get("containers"), path.key("containers"), sections);
            }
        });
    }

    private static void checkStrategy(Checks checks, Map<?, ?> service, KeyPath path) {
        Object strategy = service.get("strategy");
        if (checks.oneOf(strategy, path, Strategy.dslNames())
                && ServiceKind.STATEFUL_SET.dslName().equals(service.get("kind"))) {
            checks.problem(path, "expected no strategy for kind StatefulSet (it has none), found '" + strategy + "'");
        }
    }

    private static void checkPorts(Checks checks, Object value, KeyPath path) {
        checks.list(value, path, "ports", true).ifPresent(ports -> {
            for (int i = 0; i < ports.size(); i++) {
                KeyPath portPath = path.index(i);
                checks.closedMapping(ports.get(i), portPath, "a port mapping {cont, node, ingress}", PORT_KEYS,
                        List.of("cont")).ifPresent(port -> {
                            if (port.containsKey("cont")) {
                                checks.port(port.get("cont"), portPath.key("cont"));
                            }
                            if (port.containsKey("node")) {
                                checks.port(port.get("node"), portPath.key("node"));
                            }
                            if (port.containsKey("ingress")) {
                                checks.string(port.get("ingress"), portPath.key("ingress"));
                            }
                        });
            }
        });
    }

    private static void checkAnnotations(Checks checks, Object value, KeyPath path) {
        checks.closedMapping(value, path, "a mapping {pod, service}", ANNOTATION_KEYS, List.of())
                .ifPresent(annotations -> annotations.forEach((key, block) ->
                        checks.mapping(block, path.key(String.valueOf(key)), "a mapping of annotations")));
    }

    private static void checkContainers(Checks checks, Object value, KeyPath path, SectionKeys sections) {
        checks.list(value, path, "containers", true).ifPresent(containers -> {
            ContainerChecks containerChecks = new ContainerChecks(checks, sections);
            Map<String, KeyPath> namesSeen = new LinkedHashMap<>();
            for (int i = 0; i < containers.size(); i++) {
                containerChecks.check(containers.get(i), path.index(i), namesSeen);
            }
        });
    }

    /** Checks the {@code files} section; returns its keys, empty when it is not a mapping. */
    private static Optional<Set<String>> checkFiles(Checks checks, Object value) {
        Set<String> keys = new LinkedHashSet<>();
        Optional<Map<?, ?>> section = checks.mapping(value, KeyPath.of("files"),
                "a mapping of file keys to {path, content, perm, user}");
        section.ifPresent(files ->
                files.forEach((key, entry) -> {
                    keys.add(String.valueOf(key));
                    FileSpecChecks.check(checks, entry, KeyPath.of("files").key(String.valueOf(key)));
                }));
        return section.map(ignored -> keys);
    }

    /** Checks the {@code secrets} section; returns its keys, empty when it is not a mapping. */
    private static Optional<Set<String>> checkSecrets(Checks checks, Object value) {
        Set<String> keys = new LinkedHashSet<>();
        Optional<Map<?, ?>> section = checks.mapping(value, KeyPath.of("secrets"),
                "a mapping of secret keys to {secret, path, type, data}");
        section.ifPresent(secrets ->
                secrets.forEach((key, entry) -> {
                    KeyPath path = KeyPath.of("secrets").key(String.valueOf(key));
                    keys.add(String.valueOf(key));
                    if (String.valueOf(key).isBlank()) {
                        checks.problem(KeyPath.of("secrets"), "expected a non-empty secret key, found an empty key");
                    }
                    checks.closedMapping(entry, path, "a mapping {secret, path, type, data}", SECRET_KEYS,
                            List.of("secret", "path")).ifPresent(secret -> checkSecret(checks, secret, path));
                }));
        return section.map(ignored -> keys);
    }

    private static void checkSecret(Checks checks, Map<?, ?> secret, KeyPath path) {
        if (secret.containsKey("path")) {
            checks.absolutePath(secret.get("path"), path.key("path"));
        }
        if (secret.containsKey("type")) {
            checks.nonEmptyString(secret.get("type"), path.key("type"));
        }
        if (secret.containsKey("data")) {
            KeyPath dataPath = path.key("data");
            checks.mapping(secret.get("data"), dataPath, "a mapping of keys to strings").ifPresent(data ->
                    data.forEach((key, text) -> checks.nonEmptyString(text, dataPath.key(String.valueOf(key)))));
        }
        if (secret.containsKey("secret")) {
            KeyPath volumePath = path.key("secret");
            checks.closedMapping(secret.get("secret"), volumePath, "a mapping {secretName, defaultMode, items}",
                    SECRET_VOLUME_KEYS, List.of("secretName")).ifPresent(volume -> {
                        if (volume.containsKey("secretName")) {
                            checks.nonEmptyString(volume.get("secretName"), volumePath.key("secretName"));
                        }
                        if (volume.containsKey("defaultMode")) {
                            checks.secretPermission(volume.get("defaultMode"), volumePath.key("defaultMode"));
                        }
                        if (volume.containsKey("items")) {
                            checkSecretItems(checks, volume.get("items"), volumePath.key("items"));
                        }
                    });
        }
    }

    private static void checkSecretItems(Checks checks, Object value, KeyPath path) {
        checks.list(value, path, "items {key, path, mode}", true).ifPresent(items -> {
            for (int i = 0; i < items.size(); i++) {
                KeyPath itemPath = path.index(i);
                checks.closedMapping(items.get(i), itemPath, "a mapping {key, path, mode}", SECRET_ITEM_KEYS,
                        List.of("key", "path")).ifPresent(item -> {
                            if (item.containsKey("key")) {
                                checks.nonEmptyString(item.get("key"), itemPath.key("key"));
                            }
                            if (item.containsKey("path")) {
                                checks.nonEmptyString(item.get("path"), itemPath.key("path"));
                            }
                            if (item.containsKey("mode")) {
                                checks.secretPermission(item.get("mode"), itemPath.key("mode"));
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
