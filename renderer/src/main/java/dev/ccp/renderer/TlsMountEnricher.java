package dev.ccp.renderer;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * When {@code security.tls.create_certificates} is on, gives every pod template (workloads and
 * Jobs) the {@link TlsSecret} as a volume holding {@code ca.pem}, {@code server-cert.pem} and
 * {@code server-key.pem}, and every container a read-only mount of it at
 * {@link TlsSecret#MOUNT_PATH}. The CA key stays out of the pods. Runs before the config hash,
 * which does not cover the Secret: the render never holds its data.
 */
final class TlsMountEnricher implements Enricher {

    @Override
    public void enrich(List<OwnedObject> objects) {
        for (OwnedObject owned : objects) {
            Workloads.podTemplate(owned.object()).map(template -> template.getSpec()).ifPresent(TlsMountEnricher::mount);
        }
    }

    private static void mount(PodSpec spec) {
        List<Volume> volumes = new ArrayList<>(spec.getVolumes());
        if (volumes.stream().anyMatch(v -> TlsSecret.NAME.equals(v.getName()))) {
            return;
        }
        List<KeyToPath> items = TlsSecret.MOUNTED_FILES.entrySet().stream()
                .map(file -> new KeyToPath(file.getKey(), null, file.getValue())).toList();
        volumes.add(new VolumeBuilder().withName(TlsSecret.NAME).withNewSecret().withSecretName(TlsSecret.NAME)
                .withItems(items).endSecret().build());
        spec.setVolumes(volumes);
        Stream.concat(spec.getInitContainers().stream(), spec.getContainers().stream()).forEach(TlsMountEnricher::mount);
    }

    private static void mount(Container container) {
        List<VolumeMount> mounts = new ArrayList<>(container.getVolumeMounts());
        mounts.add(new VolumeMountBuilder().withName(TlsSecret.NAME).withMountPath(TlsSecret.MOUNT_PATH).withReadOnly(true)
                .build());
        container.setVolumeMounts(mounts);
    }
}
