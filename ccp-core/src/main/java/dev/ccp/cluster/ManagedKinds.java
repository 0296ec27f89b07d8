package dev.ccp.cluster;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kinds ccp writes, the order it applies them in (Namespace, Secrets and ConfigMaps,
 * Services, Jobs and workloads, Ingress) and the labels that mark an environment's objects.
 */
public final class ManagedKinds {

    /** Every object ccp creates carries {@code ccp: "true"}. */
    public static final String CCP_LABEL = "ccp";
    /** The namespace an object belongs to: what prune, status and cleanup select by. */
    public static final String ENVIRONMENT_LABEL = "ccp-environment";
    /** The component (application) an object belongs to. */
    public static final String APP_LABEL = "app";
    /** Pod-template annotation whose change restarts a workload. */
    public static final String CONFIG_HASH_ANNOTATION = "ccp.dev/config-hash";

    /** The namespaced kinds ccp manages, in apply order. */
    public static final List<Class<? extends HasMetadata>> NAMESPACED = List.of(Secret.class, ConfigMap.class,
            Service.class, Job.class, Deployment.class, DaemonSet.class, StatefulSet.class, Ingress.class);

    private static final Map<String, Integer> RANK = Map.of("Namespace", 0, "Secret", 1, "ConfigMap", 1,
            "Service", 2, "Job", 3, "Deployment", 3, "DaemonSet", 3, "StatefulSet", 3, "Ingress", 4);
    private static final Set<String> WORKLOADS = Set.of("Deployment", "DaemonSet", "StatefulSet");

    private ManagedKinds() {
    }

    /** Apply order of a kind; unknown kinds go with the workloads. */
    public static int rank(String kind) {
        return RANK.getOrDefault(kind, 3);
    }

    /** Stable apply order: by rank, the renderer's order inside a rank. */
    public static Comparator<HasMetadata> applyOrder() {
        return Comparator.comparingInt(o -> rank(o.getKind()));
    }

    public static boolean isWorkload(String kind) {
        return WORKLOADS.contains(kind);
    }

    public static boolean isClusterScoped(HasMetadata object) {
        return object instanceof Namespace;
    }

    /** The selector of an environment's objects. */
    public static Map<String, String> environmentSelector(String namespace) {
        return Map.of(ENVIRONMENT_LABEL, namespace);
    }
}
