package dev.ccp.cluster.apply;

import dev.ccp.cluster.ManagedKinds;
import io.fabric8.kubernetes.api.builder.Builder;
import io.fabric8.kubernetes.api.builder.Editable;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * Places rendered objects in the namespace of a deploy without changing them: an object that
 * names no namespace is copied, and the copy names it.
 */
final class NamespacePlacement {

    private NamespacePlacement() {
    }

    /** {@code object} itself when it is cluster-scoped or names a namespace; else a copy in {@code namespace}. */
    static HasMetadata place(HasMetadata object, String namespace) {
        if (ManagedKinds.isClusterScoped(object) || object.getMetadata().getNamespace() != null) {
            return object;
        }
        HasMetadata copy = copy(object);
        copy.getMetadata().setNamespace(namespace);
        return copy;
    }

    /**
     * A deep copy made by the object's own Fabric8 builder, which copies every nested object
     * without serialization (several times cheaper for a whole render); by a JSON round trip for
     * an object without a builder.
     */
    private static HasMetadata copy(HasMetadata object) {
        if (object instanceof Editable<?> editable && editable.edit() instanceof Builder<?> builder
                && builder.build() instanceof HasMetadata copy && copy.getClass() == object.getClass()) {
            return copy;
        }
        return new KubernetesSerialization().clone(object);
    }
}
