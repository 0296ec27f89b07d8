package dev.ccp.renderer;

import dev.ccp.dsl.component.ExportedTemplate;
import dev.ccp.dsl.component.Exports;
import dev.ccp.dsl.config.CcpConfig;
import dev.ccp.dsl.config.RegistryConfig;
import dev.ccp.dsl.jinja.python.PythonJson;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The objects every environment has once (REFERENCE 4.2, shared): the Namespace, the registry
 * pull Secret when credentials are set, and the ConfigMaps and Secret every pod mounts.
 */
final class SharedObjects {

    /** The registry key Docker uses when an image reference names no registry. */
    static final String DOCKER_HUB = "https://index.docker.io/v1/";
    static final String DOCKER_CONFIG_JSON_TYPE = "kubernetes.io/dockerconfigjson";
    static final String DOCKER_CONFIG_JSON_KEY = ".dockerconfigjson";

    private final String namespace;
    private final CcpConfig config;
    private final Exports exports;

    SharedObjects(String namespace, CcpConfig config, Exports exports) {
        this.namespace = namespace;
        this.config = config;
        this.exports = exports;
    }

    /** In apply order: Namespace, registry key (if any), globals, global-secrets, nodes-config, exports. */
    List<HasMetadata> build() {
        List<HasMetadata> objects = new ArrayList<>();
        objects.add(namespaceObject());
        registryKey().ifPresent(objects::add);
        objects.add(ConfigObjects.configMap(ObjectNames.GLOBALS,
                Map.of(ObjectNames.GLOBALS, PythonJson.mapping(config.configs()))));
        objects.add(ConfigObjects.opaqueSecret(ObjectNames.GLOBAL_SECRETS,
                Map.of(ObjectNames.GLOBAL_SECRETS, PythonJson.mapping(config.secretConfigs()))));
        objects.add(ConfigObjects.configMap(ObjectNames.NODES_CONFIG,
                Map.of(ObjectNames.NODES_CONFIG, PythonJson.mapping(nodeConfigs()))));
        objects.add(ConfigObjects.configMap(ObjectNames.EXPORTS, exportBodies()));
        return objects;
    }

    /** Whether pods need {@code imagePullSecrets: [registry-key]}. */
    static boolean needsRegistryKey(RegistryConfig registry) {
        return registry.hasCredentials();
    }

    private Namespace namespaceObject() {
        return new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build();
    }

    private Optional<Secret> registryKey() {
        RegistryConfig registry = config.registry();
        if (!needsRegistryKey(registry)) {
            return Optional.empty();
        }
        String user = registry.username();
        String password = registry.password().reveal();
        Map<String, Object> credentials = Map.of("username", user, "password", password, "auth",
                SecretData.encode(user + ":" + password));
        String server = registry.address().isEmpty() ? DOCKER_HUB : registry.address();
        String json = PythonJson.mapping(Map.of("auths", Map.of(server, credentials)));
        return Optional.of(ConfigObjects.secret(ObjectNames.REGISTRY_KEY, DOCKER_CONFIG_JSON_TYPE,
                Map.of(DOCKER_CONFIG_JSON_KEY, json)));
    }

    /** {@code {<node regex>: <configs>}} for the {@code nodes} entries that have configs. */
    private Map<String, Object> nodeConfigs() {
        Map<String, Object> byNode = new TreeMap<>();
        config.nodes().forEach((node, entry) -> {
            if (entry instanceof Map<?, ?> settings && settings.get("configs") instanceof Map<?, ?> configs) {
                byNode.put(node, configs);
            }
        });
        return byNode;
    }

    private Map<String, String> exportBodies() {
        Map<String, String> bodies = new TreeMap<>();
        for (ExportedTemplate export : exports.templates().values()) {
            bodies.put(export.key(), export.body());
        }
        return bodies;
    }
}
