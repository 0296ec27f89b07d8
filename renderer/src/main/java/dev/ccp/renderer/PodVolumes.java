package dev.ccp.renderer;

import dev.ccp.dsl.component.Exports;
import dev.ccp.dsl.service.Container;
import dev.ccp.dsl.service.SecretItem;
import dev.ccp.dsl.service.SecretSpec;
import dev.ccp.dsl.service.SecretVolume;
import io.fabric8.kubernetes.api.model.ConfigMapVolumeSource;
import io.fabric8.kubernetes.api.model.EmptyDirVolumeSource;
import io.fabric8.kubernetes.api.model.HostPathVolumeSource;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.SecretVolumeSource;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The volumes of a service's pods and the mounts of each container (REFERENCE 4.3): the
 * reserved volumes first, then the containers' host and empty-dir volumes, then the secrets
 * their commands name. A name already declared is not declared again.
 *
 * <p>Volumes and mounts are made with constructors and setters rather than Fabric8 builders:
 * every pod has a dozen of each, and a builder starts by copying an empty object field by field.
 */
final class PodVolumes {

    private final Exports exports;

    PodVolumes(Exports exports) {
        this.exports = exports;
    }

    /**
     * The pod's volumes.
     *
     * @param extraSecrets keys of further definition secrets to declare (a Job's own secrets)
     */
    List<Volume> volumes(ServiceUnit unit, List<String> extraSecrets) {
        List<Volume> volumes = new ArrayList<>();
        for (ReservedVolume reserved : ReservedVolume.values()) {
            volumes.add(reserved(unit, reserved));
        }
        Set<String> declared = new LinkedHashSet<>();
        for (ReservedVolume reserved : ReservedVolume.values()) {
            declared.add(reserved.volumeName());
        }
        for (Container container : unit.service().containers()) {
            for (dev.ccp.dsl.service.Volume volume : container.volumes()) {
                if (declared.add(volume.name())) {
                    volumes.add(containerVolume(volume));
                }
            }
        }
        for (String key : secretKeys(unit.service().containers(), extraSecrets)) {
            if (declared.add(key)) {
                volumes.add(secretVolume(key, unit.definition().secrets().get(key)));
            }
        }
        return volumes;
    }

    /**
     * The mounts of {@code container}: the reserved volumes, its own volumes, the secrets its
     * daemon names, then {@code extraSecrets} not mounted yet.
     */
    List<VolumeMount> mounts(ServiceUnit unit, Container container, List<String> extraSecrets) {
        List<VolumeMount> mounts = new ArrayList<>();
        for (ReservedVolume reserved : ReservedVolume.values()) {
            mounts.add(mount(reserved.volumeName(), reserved.mountPath()));
        }
        for (dev.ccp.dsl.service.Volume volume : container.volumes()) {
            VolumeMount mount = mount(volume.name(), volume.effectiveMountPath());
            if (volume.readOnly()) {
                mount.setReadOnly(true);
            }
            mounts.add(mount);
        }
        for (String key : secretKeys(List.of(container), extraSecrets)) {
            mounts.add(mount(key, unit.definition().secrets().get(key).path()));
        }
        return mounts;
    }

    private static VolumeMount mount(String name, String path) {
        VolumeMount mount = new VolumeMount();
        mount.setName(name);
        mount.setMountPath(path);
        return mount;
    }

    /** The daemon secrets of {@code containers}, then {@code extra}, each once, in order. */
    private static Set<String> secretKeys(List<Container> containers, List<String> extra) {
        Set<String> keys = new LinkedHashSet<>();
        containers.forEach(container -> keys.addAll(container.daemon().secrets()));
        keys.addAll(extra);
        return keys;
    }

    private Volume reserved(ServiceUnit unit, ReservedVolume reserved) {
        String name = reserved.volumeName();
        return switch (reserved) {
            case GLOBALS -> configMap(name, ObjectNames.GLOBALS, List.of(item(ObjectNames.GLOBALS, "globals.json")));
            case GLOBAL_SECRETS -> secret(name, ObjectNames.GLOBAL_SECRETS, null,
                    List.of(item(ObjectNames.GLOBAL_SECRETS, "global-secrets.json")));
            case ROLE -> configMap(name, unit.objectName(ObjectNames.ROLE), unit.workflows().keySet().stream()
                    .map(role -> item(role, role + ".json")).toList());
            case META -> configMap(name, unit.objectName(ObjectNames.META),
                    List.of(item(ObjectNames.META, "meta.json")));
            case EXPORTS -> configMap(name, ObjectNames.EXPORTS, exportItems());
            case FILES -> configMap(name, unit.objectName(ObjectNames.FILES), fileItems(unit));
            case NODES_CONFIG -> configMap(name, ObjectNames.NODES_CONFIG,
                    List.of(item(ObjectNames.NODES_CONFIG, "nodes-config.json")));
            case SERVICE_CONFIG -> configMap(name, unit.objectName(ObjectNames.SERVICE_CONFIG),
                    List.of(item(ObjectNames.SERVICE_CONFIG, "service-config.json")));
        };
    }

    private List<KeyToPath> exportItems() {
        return exports.templates().values().stream().map(e -> item(e.key(), e.fileName())).toList();
    }

    private static List<KeyToPath> fileItems(ServiceUnit unit) {
        List<KeyToPath> items = new ArrayList<>();
        unit.mountedFileKeys().forEach(key -> items.add(item(key, key)));
        items.add(item(ObjectNames.PLACEHOLDER, "." + ObjectNames.PLACEHOLDER));
        return items;
    }

    private static Volume configMap(String volumeName, String configMapName, List<KeyToPath> items) {
        ConfigMapVolumeSource source = new ConfigMapVolumeSource();
        source.setName(configMapName);
        source.setItems(new ArrayList<>(items));
        Volume volume = new Volume();
        volume.setName(volumeName);
        volume.setConfigMap(source);
        return volume;
    }

    private static Volume secret(String volumeName, String secretName, Integer defaultMode, List<KeyToPath> items) {
        SecretVolumeSource source = new SecretVolumeSource();
        source.setSecretName(secretName);
        source.setDefaultMode(defaultMode);
        source.setItems(new ArrayList<>(items));
        Volume volume = new Volume();
        volume.setName(volumeName);
        volume.setSecret(source);
        return volume;
    }

    private static Volume containerVolume(dev.ccp.dsl.service.Volume declared) {
        Volume volume = new Volume();
        volume.setName(declared.name());
        switch (declared.type()) {
            case HOST -> volume.setHostPath(new HostPathVolumeSource(declared.path(), null));
            case EMPTY_DIR -> volume.setEmptyDir(new EmptyDirVolumeSource());
        }
        return volume;
    }

    private static Volume secretVolume(String key, SecretSpec spec) {
        SecretVolume secret = spec.secret();
        List<KeyToPath> items = new ArrayList<>();
        for (SecretItem item : secret.items()) {
            items.add(new KeyToPath(item.key(), item.mode(), item.path()));
        }
        return secret(key, secret.secretName(), secret.defaultMode(), items);
    }

    private static KeyToPath item(String key, String path) {
        return new KeyToPath(key, null, path);
    }
}
