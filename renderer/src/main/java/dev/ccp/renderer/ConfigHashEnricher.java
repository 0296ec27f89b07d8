package dev.ccp.renderer;

import dev.ccp.dsl.jinja.python.PythonJson;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Volume;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Gives every pod template (workloads and Jobs) the hash of everything its containers render
 * from: the annotation {@code ccp.dev/config-hash} and the variable {@code CCP_CONFIG_HASH}.
 *
 * <p>The hash is SHA-256 (hex) over the canonical JSON (keys sorted) of the data of every
 * ConfigMap and Secret of this render that the pod mounts, keyed {@code <Kind>/<name>}: globals,
 * global secrets, node configs, exports, and the service's files, workflows, meta and service
 * config, plus the definition secrets it mounts. Same data, same hash; a changed global value
 * changes every service's hash, a changed file only its service's. Volumes naming objects this
 * render does not produce do not count.
 */
final class ConfigHashEnricher implements Enricher {

    @Override
    public void enrich(List<OwnedObject> objects) {
        Map<String, Map<String, String>> dataByVolumeSource = new HashMap<>();
        for (OwnedObject owned : objects) {
            HasMetadata object = owned.object();
            if (object instanceof ConfigMap configMap) {
                dataByVolumeSource.put(key("ConfigMap", configMap.getMetadata().getName()), data(configMap.getData()));
            } else if (object instanceof Secret secret) {
                dataByVolumeSource.put(key("Secret", secret.getMetadata().getName()), data(secret.getData()));
            }
        }
        // A service's jobs mostly mount what its workload mounts: hash each set of sources once.
        Map<Set<String>, String> hashBySources = new HashMap<>();
        for (OwnedObject owned : objects) {
            Workloads.podTemplate(owned.object()).ifPresent(template -> stamp(template, hashBySources.computeIfAbsent(
                    mountedSources(template, dataByVolumeSource.keySet()), sources -> hash(sources, dataByVolumeSource))));
        }
    }

    /** {@code <Kind>/<name>} of the ConfigMaps and Secrets of this render that {@code template} mounts, sorted. */
    private static SortedSet<String> mountedSources(PodTemplateSpec template, Set<String> rendered) {
        SortedSet<String> sources = new TreeSet<>();
        for (Volume volume : template.getSpec().getVolumes()) {
            String source = null;
            if (volume.getConfigMap() != null) {
                source = key("ConfigMap", volume.getConfigMap().getName());
            } else if (volume.getSecret() != null) {
                source = key("Secret", volume.getSecret().getSecretName());
            }
            if (source != null && rendered.contains(source)) {
                sources.add(source);
            }
        }
        return sources;
    }

    /** The hash of the data of {@code sources}. */
    private static String hash(Set<String> sources, Map<String, Map<String, String>> dataByVolumeSource) {
        Map<String, Object> mounted = new TreeMap<>();
        sources.forEach(source -> mounted.put(source, dataByVolumeSource.get(source)));
        return sha256(PythonJson.mapping(mounted));
    }

    private static void stamp(PodTemplateSpec template, String hash) {
        ObjectMeta metadata = template.getMetadata();
        Map<String, String> annotations = new LinkedHashMap<>(
                metadata.getAnnotations() == null ? Map.of() : metadata.getAnnotations());
        annotations.putIfAbsent(CcpMetadata.CONFIG_HASH_ANNOTATION, hash);
        metadata.setAnnotations(new TreeMap<>(annotations));
        for (Container container : template.getSpec().getContainers()) {
            List<EnvVar> env = new ArrayList<>(container.getEnv());
            if (env.stream().noneMatch(v -> CcpMetadata.CONFIG_HASH_VARIABLE.equals(v.getName()))) {
                env.add(new EnvVar(CcpMetadata.CONFIG_HASH_VARIABLE, hash, null));
            }
            container.setEnv(env);
        }
    }

    private static String key(String kind, String name) {
        return kind + "/" + name;
    }

    private static Map<String, String> data(Map<String, String> data) {
        return data == null ? Map.of() : new TreeMap<>(data);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
