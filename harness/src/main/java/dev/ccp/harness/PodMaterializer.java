package dev.ccp.harness;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.HostPathVolumeSource;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the exported workloads into pods the local Docker Engine can run: every ConfigMap and
 * Secret volume written out as the files the kubelet would mount, emptyDirs and host paths made,
 * the downward API and resource values resolved for the one node. One pod per workload: the
 * harness has one node and the host network, so replicas beyond one could not bind their ports.
 */
public final class PodMaterializer {

    private static final String DEFAULT_MODE = "rw-r--r--";

    private final ExportedObjects objects;
    private final NodeSettings node;

    public PodMaterializer(ExportedObjects objects, NodeSettings node) {
        this.objects = objects;
        this.node = node;
    }

    /** Every pod of the export, long-running workloads first, then Jobs; writes their volumes. */
    public List<LocalPod> materialize() {
        List<LocalPod> pods = new ArrayList<>();
        for (StatefulSet set : objects.ofType(StatefulSet.class)) {
            pods.add(pod(set, set.getMetadata().getName() + "-0", set.getSpec().getTemplate(), false, 0));
        }
        for (Deployment deployment : objects.ofType(Deployment.class)) {
            pods.add(pod(deployment, deployment.getMetadata().getName() + "-local", deployment.getSpec().getTemplate(), false, 0));
        }
        for (DaemonSet set : objects.ofType(DaemonSet.class)) {
            if (scheduledHere(set.getSpec().getTemplate().getSpec())) {
                pods.add(pod(set, set.getMetadata().getName() + "-" + node.name(), set.getSpec().getTemplate(), false, 0));
            }
        }
        for (Job job : objects.ofType(Job.class)) {
            int backoffLimit = Optional.ofNullable(job.getSpec().getBackoffLimit()).orElse(6);
            pods.add(pod(job, job.getMetadata().getName() + "-local", job.getSpec().getTemplate(), true, backoffLimit));
        }
        return List.copyOf(pods);
    }

    private boolean scheduledHere(PodSpec spec) {
        if (spec.getAffinity() == null || spec.getAffinity().getNodeAffinity() == null
                || spec.getAffinity().getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution() == null) {
            return true;
        }
        return spec.getAffinity().getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution()
                .getNodeSelectorTerms().stream()
                .flatMap(term -> term.getMatchExpressions().stream())
                .filter(expression -> "kubernetes.io/hostname".equals(expression.getKey()) && "In".equals(expression.getOperator()))
                .anyMatch(expression -> expression.getValues().contains(node.name()));
    }

    private LocalPod pod(HasMetadata workload, String podName, PodTemplateSpec template, boolean job, int backoffLimit) {
        String what = workload.getKind() + "/" + workload.getMetadata().getName();
        PodSpec spec = template.getSpec();
        if (spec.getInitContainers() != null && !spec.getInitContainers().isEmpty()) {
            throw new HarnessException(what + ": init containers are not supported by the harness");
        }
        Path podDir = node.podsDir().resolve(podName);
        Map<String, Path> volumes = new HashMap<>();
        for (Volume volume : spec.getVolumes()) {
            volumes.put(volume.getName(), volume(what, podDir, volume));
        }
        Map<String, String> labels = template.getMetadata() == null || template.getMetadata().getLabels() == null
                ? Map.of() : template.getMetadata().getLabels();
        List<LocalContainer> containers = new ArrayList<>();
        for (Container container : spec.getContainers()) {
            containers.add(container(what, podName, labels, container, volumes, spec));
        }
        return new LocalPod(podName, what, job, backoffLimit, Boolean.TRUE.equals(spec.getHostPID()), containers);
    }

    private LocalContainer container(String what, String podName, Map<String, String> labels, Container container,
                                     Map<String, Path> volumes, PodSpec spec) {
        String where = what + " container " + container.getName();
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvVar variable : container.getEnv()) {
            String value = variable.getValueFrom() == null
                    ? KubeletExpansion.expand(Objects.requireNonNullElse(variable.getValue(), ""), env)
                    : valueFrom(where, podName, labels, container, variable);
            env.put(variable.getName(), value);
        }
        List<Mount> mounts = new ArrayList<>();
        for (VolumeMount mount : container.getVolumeMounts()) {
            Path source = volumes.get(mount.getName());
            if (source == null) {
                throw new HarnessException(where + ": mounts volume " + mount.getName() + ", which the pod does not define");
            }
            if (mount.getSubPath() != null && !mount.getSubPath().isEmpty()) {
                source = source.resolve(mount.getSubPath());
            }
            boolean readOnly = Boolean.TRUE.equals(mount.getReadOnly()) || isProjected(spec, mount.getName());
            mounts.add(new Mount(source, mount.getMountPath(), readOnly));
        }
        boolean privileged = container.getSecurityContext() != null
                && Boolean.TRUE.equals(container.getSecurityContext().getPrivileged());
        List<String> command = container.getCommand().stream().map(c -> KubeletExpansion.expand(c, env)).toList();
        List<String> args = container.getArgs().stream().map(a -> KubeletExpansion.expand(a, env)).toList();
        return new LocalContainer(container.getName(), container.getImage(), command, args, env, mounts, privileged,
                readiness(where, container));
    }

    private static boolean isProjected(PodSpec spec, String volumeName) {
        return spec.getVolumes().stream().anyMatch(v -> v.getName().equals(volumeName)
                && (v.getConfigMap() != null || v.getSecret() != null));
    }

    private String valueFrom(String where, String podName, Map<String, String> labels, Container container, EnvVar variable) {
        EnvVarSource source = variable.getValueFrom();
        if (source.getFieldRef() != null) {
            String field = source.getFieldRef().getFieldPath();
            return switch (field) {
                case "metadata.name" -> podName;
                case "metadata.namespace" -> node.namespace();
                case "spec.nodeName" -> node.name();
                case "spec.serviceAccountName" -> "default";
                case "status.podIP", "status.hostIP" -> "127.0.0.1";
                default -> {
                    if (field.startsWith("metadata.labels['") && field.endsWith("']")) {
                        yield labels.getOrDefault(field.substring(17, field.length() - 2), "");
                    }
                    throw new HarnessException(where + ": env " + variable.getName() + ": field " + field + " is not supported by the harness");
                }
            };
        }
        if (source.getResourceFieldRef() != null) {
            return resource(where, container, source.getResourceFieldRef().getResource(), source.getResourceFieldRef().getDivisor());
        }
        if (source.getConfigMapKeyRef() != null) {
            String name = source.getConfigMapKeyRef().getName();
            String key = source.getConfigMapKeyRef().getKey();
            return objects.configMap(name).map(ConfigMap::getData).map(data -> data.get(key))
                    .orElseThrow(() -> new HarnessException(where + ": env " + variable.getName() + ": ConfigMap " + name + " has no key " + key));
        }
        if (source.getSecretKeyRef() != null) {
            String name = source.getSecretKeyRef().getName();
            String key = source.getSecretKeyRef().getKey();
            Map<String, byte[]> data = secretData(objects.secret(name)
                    .orElseThrow(() -> new HarnessException(where + ": env " + variable.getName() + ": no Secret " + name)));
            byte[] value = data.get(key);
            if (value == null) {
                throw new HarnessException(where + ": env " + variable.getName() + ": Secret " + name + " has no key " + key);
            }
            return new String(value, StandardCharsets.UTF_8);
        }
        throw new HarnessException(where + ": env " + variable.getName() + ": this kind of valueFrom is not supported by the harness");
    }

    /** {@code limits.cpu} and {@code limits.memory} as the kubelet gives them: the limit, else the node's capacity. */
    private String resource(String where, Container container, String resource, Quantity divisor) {
        String kind = resource.substring(resource.indexOf('.') + 1);
        Map<String, Quantity> limits = container.getResources() == null || container.getResources().getLimits() == null
                ? Map.of() : container.getResources().getLimits();
        BigDecimal amount;
        if (limits.containsKey(kind)) {
            amount = limits.get(kind).getNumericalAmount();
        } else if (kind.equals("cpu")) {
            amount = BigDecimal.valueOf(node.cpus());
        } else if (kind.equals("memory")) {
            amount = BigDecimal.valueOf(node.memoryBytes());
        } else {
            throw new HarnessException(where + ": resource " + resource + " is not supported by the harness");
        }
        BigDecimal by = divisor == null ? BigDecimal.ONE : divisor.getNumericalAmount();
        return amount.divide(by, 0, RoundingMode.CEILING).toPlainString();
    }

    private static Readiness readiness(String where, Container container) {
        Probe probe = container.getReadinessProbe();
        if (probe == null) {
            return new Readiness.Running();
        }
        if (probe.getExec() != null) {
            return new Readiness.Exec(probe.getExec().getCommand());
        }
        if (probe.getHttpGet() != null) {
            String scheme = probe.getHttpGet().getScheme() == null ? "HTTP" : probe.getHttpGet().getScheme();
            return new Readiness.HttpGet(scheme, port(where, container, probe.getHttpGet().getPort()),
                    Objects.requireNonNullElse(probe.getHttpGet().getPath(), "/"));
        }
        if (probe.getTcpSocket() != null) {
            return new Readiness.TcpSocket(port(where, container, probe.getTcpSocket().getPort()));
        }
        return new Readiness.Running();
    }

    /** A probe's port: a number, or the name of one of the container's ports. */
    private static int port(String where, Container container, io.fabric8.kubernetes.api.model.IntOrString port) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return container.getPorts().stream().filter(p -> port.getStrVal().equals(p.getName()))
                .map(io.fabric8.kubernetes.api.model.ContainerPort::getContainerPort).findFirst()
                .orElseThrow(() -> new HarnessException(where + ": readiness probe port " + port.getStrVal() + " is not a port of the container"));
    }

    private Path volume(String what, Path podDir, Volume volume) {
        try {
            if (volume.getConfigMap() != null) {
                String name = volume.getConfigMap().getName();
                Optional<ConfigMap> configMap = objects.configMap(name);
                if (configMap.isEmpty()) {
                    if (Boolean.TRUE.equals(volume.getConfigMap().getOptional())) {
                        return directory(podDir.resolve(volume.getName()), "rwxr-xr-x");
                    }
                    throw new HarnessException(what + ": volume " + volume.getName() + ": the export has no ConfigMap " + name);
                }
                Map<String, byte[]> data = new TreeMap<>();
                Optional.ofNullable(configMap.get().getData()).orElse(Map.of())
                        .forEach((key, value) -> data.put(key, value.getBytes(StandardCharsets.UTF_8)));
                Optional.ofNullable(configMap.get().getBinaryData()).orElse(Map.of())
                        .forEach((key, value) -> data.put(key, Base64.getDecoder().decode(value)));
                return projection(what, podDir.resolve(volume.getName()), "ConfigMap " + name, data,
                        volume.getConfigMap().getItems(), volume.getConfigMap().getDefaultMode());
            }
            if (volume.getSecret() != null) {
                String name = volume.getSecret().getSecretName();
                Secret secret = objects.secret(name).orElseThrow(
                        () -> new HarnessException(what + ": volume " + volume.getName() + ": the export has no Secret " + name
                                + (name.equals("ccp-tls") ? " (ccp deploy makes it in the cluster; render with"
                                + " secret_configs.security.tls.create_certificates: false for the harness)" : "")));
                return projection(what, podDir.resolve(volume.getName()), "Secret " + name, secretData(secret),
                        volume.getSecret().getItems(), volume.getSecret().getDefaultMode());
            }
            if (volume.getEmptyDir() != null) {
                return directory(podDir.resolve(volume.getName()), "rwxrwxrwx");
            }
            if (volume.getHostPath() != null) {
                return hostPath(volume.getHostPath());
            }
        } catch (IOException e) {
            throw new HarnessException(what + ": volume " + volume.getName() + ": " + e.getMessage(), e);
        }
        throw new HarnessException(what + ": volume " + volume.getName() + ": this kind of volume is not supported by the harness");
    }

    private static Map<String, byte[]> secretData(Secret secret) {
        Map<String, byte[]> data = new TreeMap<>();
        Optional.ofNullable(secret.getData()).orElse(Map.of())
                .forEach((key, value) -> data.put(key, Base64.getDecoder().decode(value)));
        Optional.ofNullable(secret.getStringData()).orElse(Map.of())
                .forEach((key, value) -> data.put(key, value.getBytes(StandardCharsets.UTF_8)));
        return data;
    }

    private static Path projection(String what, Path dir, String source, Map<String, byte[]> data, List<KeyToPath> items,
                                   Integer defaultMode) throws IOException {
        directory(dir, "rwxr-xr-x");
        Map<String, KeyToPath> files = new LinkedHashMap<>();
        if (items == null || items.isEmpty()) {
            data.keySet().forEach(key -> files.put(key, new KeyToPath(key, null, key)));
        } else {
            items.forEach(item -> files.put(item.getPath(), item));
        }
        for (KeyToPath item : files.values()) {
            byte[] content = data.get(item.getKey());
            if (content == null) {
                throw new HarnessException(what + ": " + source + " has no key " + item.getKey());
            }
            Path file = dir.resolve(item.getPath()).normalize();
            if (!file.startsWith(dir)) {
                throw new HarnessException(what + ": " + source + ": path " + item.getPath() + " leaves the volume");
            }
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            Integer mode = item.getMode() != null ? item.getMode() : defaultMode;
            Files.setPosixFilePermissions(file, mode == null ? PosixFilePermissions.fromString(DEFAULT_MODE) : permissions(mode));
        }
        return dir;
    }

    private Path hostPath(HostPathVolumeSource source) throws IOException {
        String path = source.getPath();
        if (node.sharedHostPaths().stream().anyMatch(shared -> path.equals(shared) || path.startsWith(shared + "/"))) {
            return Path.of(path);
        }
        Path rebased = node.hostDir().resolve(path.replaceFirst("^/+", "")).normalize();
        String type = Objects.requireNonNullElse(source.getType(), "");
        if (type.equals("FileOrCreate") || type.equals("File")) {
            Files.createDirectories(rebased.getParent());
            if (!Files.exists(rebased)) {
                Files.createFile(rebased);
            }
            return rebased;
        }
        return directory(rebased, "rwxr-xr-x");
    }

    private static Path directory(Path dir, String permissions) throws IOException {
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString(permissions));
        return dir;
    }

    static Set<PosixFilePermission> permissions(int mode) {
        StringBuilder text = new StringBuilder();
        String letters = "rwxrwxrwx";
        for (int bit = 8; bit >= 0; bit--) {
            text.append((mode & (1 << bit)) != 0 ? letters.charAt(8 - bit) : '-');
        }
        return PosixFilePermissions.fromString(text.toString());
    }
}
