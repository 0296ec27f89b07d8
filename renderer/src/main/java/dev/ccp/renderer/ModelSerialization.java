package dev.ccp.renderer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/** The Fabric8 serialization the renderer turns definitions' free-form blocks into model objects with. */
public final class ModelSerialization {

    private ModelSerialization() {
    }

    /**
     * A serialization for the model classes we build ourselves: it does not scan the class path
     * for every resource kind (which only parsing unknown documents needs), so it starts fast.
     */
    public static KubernetesSerialization create() {
        return new KubernetesSerialization(new ObjectMapper(), false);
    }
}
