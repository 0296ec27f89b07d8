package dev.ccp.renderer;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.util.Map;
import java.util.TreeMap;

/** ConfigMaps and Secrets of text values (keys sorted; Secret values base64-encoded). */
final class ConfigObjects {

    static final String OPAQUE = "Opaque";

    private ConfigObjects() {
    }

    static ConfigMap configMap(String name, Map<String, String> data) {
        return new ConfigMapBuilder().withNewMetadata().withName(name).endMetadata().withData(new TreeMap<>(data))
                .build();
    }

    static Secret opaqueSecret(String name, Map<String, String> texts) {
        return secret(name, OPAQUE, texts);
    }

    /** A Secret of text values, which are base64-encoded into {@code data}. */
    static Secret secret(String name, String type, Map<String, String> texts) {
        return encodedSecret(name, type, SecretData.encode(texts));
    }

    /** A Secret whose {@code data} values are base64 already (Kubernetes' own convention). */
    static Secret encodedSecret(String name, String type, Map<String, String> data) {
        return new SecretBuilder().withNewMetadata().withName(name).endMetadata().withType(type)
                .withData(new TreeMap<>(data)).build();
    }
}
