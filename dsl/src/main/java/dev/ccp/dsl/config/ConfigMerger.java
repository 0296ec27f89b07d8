package dev.ccp.dsl.config;

import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.yaml.ConfigTree;
import dev.ccp.dsl.yaml.KeyPath;
import dev.ccp.dsl.yaml.Origin;
import dev.ccp.dsl.yaml.Origins;
import dev.ccp.dsl.yaml.PlainValues;
import dev.ccp.dsl.yaml.YamlFile;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The one place that decides which configuration value wins (REFERENCE 2.2, 2.3, 8.1). Every
 * merge is the same deep merge: mappings merge key by key, everything else is replaced by the
 * later value.
 *
 * <p>Precedence, lowest first: global defaults, component defaults (in repository order), the
 * values the tool derives ({@code configs.namespace}, {@code configs.cluster_domain},
 * {@code configs.services}), the user's files (documents and includes in file order). Per
 * service: its {@code services.<svc>.configs}, then those of the services its {@code mapping}
 * points to. Per node: the {@code configs} of each matching {@code nodes} entry, in key order.
 */
public final class ConfigMerger {

    /** The only sections a component's {@code defaults.yaml} may set. */
    public static final List<String> COMPONENT_SECTIONS = List.of(
            "versions", "sources", "configs", "nodes", "roles", "replicas", "url", "files", "services",
            "secret_configs");

    private static final KeyPath NAMESPACE = KeyPath.of("kubernetes", "namespace");
    private static final KeyPath CLUSTER_DOMAIN = KeyPath.of("kubernetes", "cluster_domain");
    private static final KeyPath SERVICES = KeyPath.of("services");
    private static final KeyPath CONFIGS = KeyPath.of("configs");

    private static final TreeOverlay DEEP = TreeOverlay.deep();
    /** The user's {@code sources} entries replace a component default's entry of the same name. */
    private static final TreeOverlay USER_OVER_DEFAULTS =
            new TreeOverlay(path -> path.depth() == 2 && "sources".equals(path.section()));

    private ConfigMerger() {
    }

    /** A whole file: its documents and includes in file order, later ones winning. */
    public static ConfigTree merge(YamlFile file) {
        ConfigTree result = ConfigTree.empty();
        for (YamlFile.Part part : file.parts()) {
            ConfigTree next = part instanceof YamlFile.Document document
                    ? document.tree()
                    : merge(((YamlFile.Include) part).file());
            result = DEEP.apply(result, next);
        }
        return result;
    }

    /** {@code upper} deep-merged over {@code lower}. */
    public static ConfigTree overlay(ConfigTree lower, ConfigTree upper) {
        return DEEP.apply(lower, upper);
    }

    /** {@code upper} deep-merged over {@code lower}, for plain values without origins. */
    public static Map<String, Object> overlay(Map<String, ?> lower, Map<String, ?> upper) {
        return DEEP.apply(plainTree(lower), plainTree(upper)).values();
    }

    /**
     * The whole configuration: global defaults, then each component's defaults (only
     * {@link #COMPONENT_SECTIONS}, as {@link ComponentDefaultsLoader} gives them), then the
     * derived values, then the user's configuration.
     */
    public static ConfigTree mergeLayers(ConfigTree globalDefaults, List<ConfigTree> componentDefaults, ConfigTree user) {
        ConfigTree defaults = globalDefaults;
        for (ConfigTree component : componentDefaults) {
            defaults = DEEP.apply(defaults, component);
        }
        ConfigTree derived = derivedValues(USER_OVER_DEFAULTS.apply(defaults, user));
        return USER_OVER_DEFAULTS.apply(DEEP.apply(defaults, derived), user);
    }

    /**
     * {@code configs.namespace}, {@code configs.cluster_domain} and {@code configs.services},
     * copied from {@code kubernetes.namespace}, {@code kubernetes.cluster_domain} and
     * {@code services} of {@code merged}.
     */
    private static ConfigTree derivedValues(ConfigTree merged) {
        Map<String, Object> configs = new LinkedHashMap<>();
        Origins.Builder origins = Origins.builder();
        copy(merged, NAMESPACE, "namespace", configs, origins);
        copy(merged, CLUSTER_DOMAIN, "cluster_domain", configs, origins);
        if (merged.valueAt(SERVICES).isPresent()) {
            Object services = merged.valueAt(SERVICES).get();
            configs.put("services", services);
            PlainValues.forEachPath(services, SERVICES, (path, value) -> {
                KeyPath target = path.withPrefix(SERVICES, CONFIGS.key("services"));
                Optional<Origin> origin = merged.origins().exact(path);
                if (path.equals(SERVICES)) {
                    origin = origin.map(o -> ConfigLayers.copiedFrom(SERVICES, o));
                }
                origins.putIfPresent(target, origin);
            });
        }
        return new ConfigTree(Map.of("configs", configs), origins.build());
    }

    private static void copy(ConfigTree merged, KeyPath source, String key, Map<String, Object> configs,
            Origins.Builder origins) {
        Optional<Object> value = merged.valueAt(source);
        if (value.isPresent()) {
            configs.put(key, value.get());
            origins.putIfPresent(CONFIGS.key(key), merged.originOf(source).map(o -> ConfigLayers.copiedFrom(source, o)));
        }
    }

    /**
     * The service-level configs of {@code service} (REFERENCE 2.3 step 7): its own
     * {@code services.<service>.configs}, then, merged on top, those of every service named by
     * its {@code mapping} values (recursively; a service already being merged is skipped, so
     * mapping cycles end).
     *
     * @param services the {@code services} section
     */
    public static Map<String, Object> serviceConfigs(Map<String, ?> services, String service) {
        return serviceConfigs(services, service, new ArrayDeque<>());
    }

    private static Map<String, Object> serviceConfigs(Map<String, ?> services, String service, Deque<String> chain) {
        if (chain.contains(service) || !(services.get(service) instanceof Map<?, ?> entry)) {
            return Map.of();
        }
        chain.push(service);
        Map<String, Object> result = entry.get("configs") instanceof Map<?, ?> own ? PlainValues.immutableMap(own) : Map.of();
        if (entry.get("mapping") instanceof Map<?, ?> mapping) {
            for (Object target : mapping.values()) {
                if (target instanceof String targetService) {
                    result = overlay(result, serviceConfigs(services, targetService, chain));
                }
            }
        }
        chain.pop();
        return result;
    }

    /**
     * The node-level configs of {@code nodeName} (REFERENCE 2.3 step 8, 8.1): the {@code configs}
     * of every {@code nodes} entry whose key, a regular expression, matches the start of the node
     * name (Python {@code re.match}), taken in lexicographic key order, later keys winning; the
     * first one is the base the others merge over. Empty when none matches.
     *
     * @param nodes the {@code nodes} section
     */
    public static Map<String, Object> nodeConfigs(Map<String, ?> nodes, String nodeName) {
        Map<String, Object> result = null;
        for (Map.Entry<String, ?> entry : new TreeMap<>(nodes).entrySet()) {
            if (matchesNode(entry.getKey(), nodeName) && entry.getValue() instanceof Map<?, ?> node
                    && node.get("configs") instanceof Map<?, ?> configs) {
                Map<String, Object> nodeConfigs = PlainValues.immutableMap(configs);
                result = result == null ? nodeConfigs : overlay(result, nodeConfigs);
            }
        }
        return result == null ? Map.of() : result;
    }

    /** {@code base} with the node-level configs of {@code nodeName} merged over it. */
    public static Map<String, Object> withNodeConfigs(Map<String, ?> base, Map<String, ?> nodes, String nodeName) {
        return overlay(base, nodeConfigs(nodes, nodeName));
    }

    /** Whether the {@code nodes} key {@code pattern} selects {@code nodeName} (start-anchored, as Python's re.match). */
    public static boolean matchesNode(String pattern, String nodeName) {
        try {
            return Pattern.compile(pattern).matcher(nodeName).lookingAt();
        } catch (PatternSyntaxException e) {
            throw new InvalidInputException(Problem.at(null, KeyPath.of("nodes", pattern).toString(),
                    "invalid regular expression: " + e.getDescription()));
        }
    }

    private static ConfigTree plainTree(Map<String, ?> values) {
        return new ConfigTree(new LinkedHashMap<>(values), Origins.none());
    }
}
