package dev.ccp.renderer;

import java.util.List;

/**
 * The labels and annotations ccp puts on the objects it renders. Every object carries
 * {@link #CCP} and {@link #ENVIRONMENT}, so that status and cleanup find an environment's
 * objects by label; the objects of a service also carry {@link #APP} and {@link #COMPONENT}.
 */
public final class CcpMetadata {

    /** {@code app: <service>}: the selector of the service's pods (workloads, Service, anti-affinity). */
    public static final String APP = "app";
    /** {@code ccp: "true"} on everything ccp renders. */
    public static final String CCP = "ccp";
    /** {@code ccp-component: <component>}: the component repository the service comes from. */
    public static final String COMPONENT = "ccp-component";
    /** {@code ccp-environment: <namespace>}: the environment an object belongs to. */
    public static final String ENVIRONMENT = "ccp-environment";

    /** Pod-template annotation: the hash of everything the pod's containers render from. */
    public static final String CONFIG_HASH_ANNOTATION = "ccp.dev/config-hash";
    /** Container variable carrying the same hash. */
    public static final String CONFIG_HASH_VARIABLE = "CCP_CONFIG_HASH";
    /** The annotation the original placed affinity in; ours lives in {@code spec.affinity}. */
    public static final String LEGACY_AFFINITY_ANNOTATION = "scheduler.alpha.kubernetes.io/affinity";

    /** Annotation prefix reserved for ccp. */
    static final String RESERVED_ANNOTATION_PREFIX = "ccp.dev/";
    /** Pod annotations a definition may not set, because ccp writes them or replaced them. */
    static final List<String> OWNED_POD_ANNOTATIONS = List.of(CONFIG_HASH_ANNOTATION, LEGACY_AFFINITY_ANNOTATION);

    private CcpMetadata() {
    }

    /** Whether ccp owns the pod annotation {@code key}. */
    static boolean isOwnedPodAnnotation(String key) {
        return OWNED_POD_ANNOTATIONS.contains(key) || key.startsWith(RESERVED_ANNOTATION_PREFIX);
    }
}
