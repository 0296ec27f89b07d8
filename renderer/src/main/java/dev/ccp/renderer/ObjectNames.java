package dev.ccp.renderer;

/** Names of the objects ccp renders, and of the keys inside its ConfigMaps and Secrets. */
final class ObjectNames {

    /** ConfigMap of the merged {@code configs}, one key of the same name. */
    static final String GLOBALS = "globals";
    /** Secret of the {@code secret_configs}, one key of the same name. */
    static final String GLOBAL_SECRETS = "global-secrets";
    /** ConfigMap of the node-level configs, one key of the same name. */
    static final String NODES_CONFIG = "nodes-config";
    /** ConfigMap of the exported macro files, one key per export. */
    static final String EXPORTS = "exports";
    /** The image pull Secret, rendered only when the registry needs credentials. */
    static final String REGISTRY_KEY = "registry-key";

    /** Key of the {@code <svc>-meta} ConfigMap. */
    static final String META = "meta";
    /** Key of the {@code <svc>-service-config} ConfigMap. */
    static final String SERVICE_CONFIG = "service-config";
    /** Suffix of the ConfigMap holding the service's file templates. */
    static final String FILES = "files";
    /** Suffix of the ConfigMap holding the service's workflows. */
    static final String ROLE = "role";
    /** An always-present key of {@code <svc>-files}, so that the volume is never empty. */
    static final String PLACEHOLDER = "placeholder";

    private ObjectNames() {
    }

    /** {@code <service>-<suffix>}: a per-service ConfigMap, or a Job ({@code <service>-<job>}). */
    static String ofService(String service, String suffix) {
        return service + "-" + suffix;
    }
}
