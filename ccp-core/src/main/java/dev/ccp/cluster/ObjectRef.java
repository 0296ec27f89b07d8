package dev.ccp.cluster;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Comparator;
import java.util.Objects;

/**
 * Which object: kind, namespace (empty for cluster-scoped kinds) and name. Prints as
 * {@code Deployment/keystone}.
 */
public record ObjectRef(String kind, String namespace, String name) implements Comparable<ObjectRef> {

    private static final Comparator<ObjectRef> ORDER = Comparator.comparing(ObjectRef::kind)
            .thenComparing(ObjectRef::namespace).thenComparing(ObjectRef::name);

    public ObjectRef {
        Objects.requireNonNull(kind, "kind");
        namespace = namespace == null ? "" : namespace;
        Objects.requireNonNull(name, "name");
    }

    public static ObjectRef of(HasMetadata object) {
        return new ObjectRef(object.getKind(), object.getMetadata().getNamespace(), object.getMetadata().getName());
    }

    /** {@code Deployment/keystone in ccp-1}, or {@code Namespace/ccp-1}. */
    public String describe() {
        return namespace.isEmpty() ? toString() : this + " in " + namespace;
    }

    @Override
    public int compareTo(ObjectRef other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return kind + "/" + name;
    }
}
