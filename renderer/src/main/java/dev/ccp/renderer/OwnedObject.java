package dev.ccp.renderer;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Objects;
import java.util.Optional;

/**
 * A rendered object and the service it belongs to (empty for the environment's shared objects).
 *
 * @param object the object, edited in place by the enrichers before the render returns
 * @param owner  the owning service
 */
record OwnedObject(HasMetadata object, Optional<ServiceUnit> owner) {

    OwnedObject {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(owner, "owner");
    }

    static OwnedObject shared(HasMetadata object) {
        return new OwnedObject(object, Optional.empty());
    }

    static OwnedObject of(ServiceUnit owner, HasMetadata object) {
        return new OwnedObject(object, Optional.of(owner));
    }
}
