package dev.ccp.renderer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/** How rendered objects are turned into plain values: one Fabric8 serialization for renderer and exporter. */
public final class ModelSerialization {

    private ModelSerialization() {
    }

    /**
     * A serialization for the model classes we build ourselves: it does not scan the class path
     * for every resource kind (which only parsing unknown documents needs), so it starts fast.
     * Share one instance between the renderer and the exporter: serializers are built once.
     */
    public static KubernetesSerialization create() {
        return new KubernetesSerialization(new ObjectMapper(), false);
    }
}
