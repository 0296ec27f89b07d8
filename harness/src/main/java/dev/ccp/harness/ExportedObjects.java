package dev.ccp.harness;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The objects of one environment as {@code ccp deploy --dry-run --export-dir} wrote them: one
 * object per file, ConfigMaps under {@code configmaps/}. Read back through Fabric8's
 * serialization, as a cluster would receive them.
 */
public final class ExportedObjects {

    private final List<HasMetadata> objects;
    private final Map<String, ConfigMap> configMaps = new TreeMap<>();
    private final Map<String, Secret> secrets = new TreeMap<>();

    private ExportedObjects(List<HasMetadata> objects) {
        this.objects = List.copyOf(objects);
        for (HasMetadata object : objects) {
            if (object instanceof ConfigMap configMap) {
                configMaps.put(configMap.getMetadata().getName(), configMap);
            } else if (object instanceof Secret secret) {
                secrets.put(secret.getMetadata().getName(), secret);
            }
        }
    }

    /** Reads every {@code *.yaml} below {@code exportDir}, in path order. */
    public static ExportedObjects read(Path exportDir) {
        if (!Files.isDirectory(exportDir)) {
            throw new HarnessException(exportDir + ": no such directory (write it with `ccp deploy --dry-run --nodes NODE --export-dir DIR`)");
        }
        KubernetesSerialization serialization = new KubernetesSerialization();
        List<HasMetadata> objects = new ArrayList<>();
        try (Stream<Path> files = Files.walk(exportDir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted(Comparator.naturalOrder()).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    Object parsed = serialization.unmarshal(in);
                    if (!(parsed instanceof HasMetadata object)) {
                        throw new HarnessException(file + ": not a Kubernetes object");
                    }
                    objects.add(object);
                } catch (RuntimeException e) {
                    if (e instanceof HarnessException) {
                        throw e;
                    }
                    throw new HarnessException(file + ": cannot be read as a Kubernetes object: " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new HarnessException("cannot read " + exportDir + ": " + e.getMessage(), e);
        }
        if (objects.isEmpty()) {
            throw new HarnessException(exportDir + ": holds no exported objects");
        }
        return new ExportedObjects(objects);
    }

    public static ExportedObjects of(List<HasMetadata> objects) {
        return new ExportedObjects(objects);
    }

    public List<HasMetadata> all() {
        return objects;
    }

    public <T extends HasMetadata> List<T> ofType(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public Optional<ConfigMap> configMap(String name) {
        return Optional.ofNullable(configMaps.get(name));
    }

    public Optional<Secret> secret(String name) {
        return Optional.ofNullable(secrets.get(name));
    }

    public List<Service> services() {
        return ofType(Service.class);
    }
}
