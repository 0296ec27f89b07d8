package dev.ccp.renderer;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.Map;

/**
 * Converts free-form blocks that definitions copy verbatim ({@code lifecycle}, an env
 * {@code valueFrom}) into Fabric8 model types, and model objects into plain values.
 */
final class ModelValues {

    private final KubernetesSerialization serialization;

    ModelValues(KubernetesSerialization serialization) {
        this.serialization = serialization;
    }

    <T> T toModel(Map<String, Object> block, Class<T> type) {
        return serialization.convertValue(block, type);
    }
}
