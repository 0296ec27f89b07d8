package dev.ccp.renderer;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Converts free-form blocks that definitions copy verbatim ({@code lifecycle}, an env
 * {@code valueFrom}) into Fabric8 model types. The serialization is made on first use: few
 * definitions have such blocks, and making one loads much of Jackson. One per render (not
 * thread-safe).
 */
final class ModelValues {

    private final Supplier<KubernetesSerialization> serialization;
    private KubernetesSerialization made;

    ModelValues(Supplier<KubernetesSerialization> serialization) {
        this.serialization = serialization;
    }

    ModelValues(KubernetesSerialization serialization) {
        this(() -> serialization);
    }

    <T> T toModel(Map<String, Object> block, Class<T> type) {
        if (made == null) {
            made = serialization.get();
        }
        return made.convertValue(block, type);
    }
}
