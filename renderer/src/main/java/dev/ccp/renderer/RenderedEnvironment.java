package dev.ccp.renderer;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every Kubernetes object of an environment, in apply order: the Namespace, the shared Secrets
 * and ConfigMaps, then per service (sorted by name) its ConfigMaps, Secrets, Jobs, workload,
 * Service and Ingress. Objects carry no {@code metadata.namespace}; the applier sets it.
 *
 * <p>Fabric8 model objects are mutable: treat them as read-only, or copy them before changing.
 *
 * @param namespace the environment's namespace
 * @param objects   the objects, Namespace first
 */
public record RenderedEnvironment(String namespace, List<HasMetadata> objects) {

    public RenderedEnvironment {
        Objects.requireNonNull(namespace, "namespace");
        objects = List.copyOf(objects);
    }

    /** The object of {@code kind} called {@code name}, if rendered. */
    public Optional<HasMetadata> find(String kind, String name) {
        return objects.stream().filter(o -> o.getKind().equals(kind) && o.getMetadata().getName().equals(name))
                .findFirst();
    }

    /** The objects of type {@code type}, in order. */
    public <T extends HasMetadata> List<T> ofType(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Everything but the Namespace: what an export writes. */
    public List<HasMetadata> withoutNamespace() {
        return objects.stream().filter(o -> !"Namespace".equals(o.getKind())).toList();
    }
}
