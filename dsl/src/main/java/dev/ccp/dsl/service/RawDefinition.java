package dev.ccp.dsl.service;

import dev.ccp.dsl.yaml.PlainValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A rendered and parsed service definition before validation: the YAML document as maps and
 * lists. Readers here are lenient (they never fail on a malformed document) because they run
 * before, or regardless of, validation.
 *
 * @param component   the component it comes from
 * @param file        the definition file, as shown in messages
 * @param serviceName the service name in the components map (the alias for an alias); null when
 *                    the document has no usable {@code service.name}
 * @param baseService the service it was defined as: for an alias its {@code service_def}, else
 *                    equal to {@code serviceName}
 * @param document    the parsed document (deeply immutable); may be any YAML value
 */
public record RawDefinition(String component, String file, String serviceName, String baseService, Object document) {

    public RawDefinition {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(file, "file");
        document = PlainValues.immutableCopy(document);
    }

    /** A definition keyed by the {@code service.name} its document declares (null if none). */
    public static RawDefinition base(String component, String file, Object document) {
        String name = declaredName(document);
        return new RawDefinition(component, file, name, name, document);
    }

    /** The alias {@code alias} of {@code base}: same document with {@code service.name} = alias. */
    public static RawDefinition alias(String alias, String baseService, RawDefinition rendered) {
        return new RawDefinition(rendered.component(), rendered.file(), alias, baseService,
                renamed(rendered.document(), alias));
    }

    /** True for a service created through {@code services.<alias>.service_def} under a new name. */
    public boolean isAlias() {
        return serviceName != null && !serviceName.equals(baseService);
    }

    /** How messages name the service: {@code keystone}, {@code database (alias of galera)}. */
    public String displayName() {
        if (serviceName == null) {
            return "(unnamed service in " + file + ")";
        }
        return isAlias() ? serviceName + " (alias of " + baseService + ")" : serviceName;
    }

    /** The top-level mapping, empty when the document is not a mapping. */
    public Map<?, ?> root() {
        return document instanceof Map<?, ?> map ? map : Map.of();
    }

    /** The raw {@code dsl_version} value, null when absent. */
    public Object dslVersion() {
        return root().get("dsl_version");
    }

    /** Names of the containers, in order, skipping malformed entries. */
    public List<String> containerNames() {
        List<String> names = new ArrayList<>();
        for (Map<?, ?> container : containers()) {
            if (container.get("name") instanceof String name) {
                names.add(name);
            }
        }
        return names;
    }

    /** Names of the single (Job) pre and post commands, in order, skipping malformed entries. */
    public List<String> singleJobNames() {
        List<String> names = new ArrayList<>();
        for (Map<?, ?> container : containers()) {
            for (String phase : List.of("pre", "post")) {
                if (container.get(phase) instanceof List<?> commands) {
                    for (Object command : commands) {
                        if (command instanceof Map<?, ?> map && "single".equals(map.get("type"))
                                && map.get("name") instanceof String name) {
                            names.add(name);
                        }
                    }
                }
            }
        }
        return names;
    }

    private List<Map<?, ?>> containers() {
        List<Map<?, ?>> result = new ArrayList<>();
        if (root().get("service") instanceof Map<?, ?> service && service.get("containers") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> map) {
                    result.add(map);
                }
            }
        }
        return result;
    }

    private static String declaredName(Object document) {
        if (document instanceof Map<?, ?> root && root.get("service") instanceof Map<?, ?> service
                && service.get("name") instanceof String name && !name.isBlank()) {
            return name;
        }
        return null;
    }

    private static Object renamed(Object document, String alias) {
        if (!(document instanceof Map<?, ?> root) || !(root.get("service") instanceof Map<?, ?> service)) {
            return document;
        }
        Map<Object, Object> newService = new LinkedHashMap<>(service);
        newService.put("name", alias);
        Map<Object, Object> newRoot = new LinkedHashMap<>(root);
        newRoot.put("service", newService);
        return newRoot;
    }
}
