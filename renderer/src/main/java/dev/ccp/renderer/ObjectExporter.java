package dev.ccp.renderer;

import dev.ccp.dsl.problem.CcpException;
import dev.ccp.dsl.yaml.YamlWriter;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Writes rendered objects as YAML the way the original's {@code --export-dir} did (REFERENCE
 * 1.3): block style, keys sorted at every level, the same bytes for the same objects.
 */
public final class ObjectExporter {

    /** The subdirectory ConfigMaps are exported to. */
    public static final String CONFIG_MAPS_DIRECTORY = "configmaps";
    /** The line between two documents of a stream. */
    public static final String DOCUMENT_SEPARATOR = "---\n";

    private static final String NAMESPACE_KIND = "Namespace";

    private final PlainModelValues plainValues;

    public ObjectExporter(PlainModelValues plainValues) {
        this.plainValues = plainValues;
    }

    public static ObjectExporter standard() {
        return new ObjectExporter(new PlainModelValues());
    }

    /** One object as a YAML document (ending with a newline). */
    public String toYaml(HasMetadata object) {
        return YamlWriter.plain().write(plainValues(object));
    }

    /** The objects as one YAML stream for {@code --dry-run}: in the given order, separated by {@code ---}. */
    public String toYamlStream(List<? extends HasMetadata> objects) {
        List<String> documents = objects.parallelStream().map(this::toYaml).toList();
        return String.join(DOCUMENT_SEPARATOR, documents);
    }

    /** {@code <metadata.name>-<kind lowercased>.yaml}. */
    public static String fileName(HasMetadata object) {
        return object.getMetadata().getName() + "-" + object.getKind().toLowerCase(Locale.ROOT) + ".yaml";
    }

    /**
     * Writes every object but the Namespace to {@code directory} (created if missing), one file
     * each ({@link #fileName}), ConfigMaps under {@code configmaps/}, without
     * {@code metadata.namespace}.
     *
     * @return the files written, in the objects' order
     * @throws CcpException when {@code directory/configmaps} already exists (an earlier export
     *         would mix with this one) or a file cannot be written
     */
    public List<Path> export(List<? extends HasMetadata> objects, Path directory) {
        Path configMaps = directory.resolve(CONFIG_MAPS_DIRECTORY);
        try {
            Files.createDirectories(directory);
            Files.createDirectory(configMaps);
        } catch (FileAlreadyExistsException e) {
            throw new CcpException("cannot export to " + directory + ": " + configMaps
                    + " already exists (choose an empty directory)");
        } catch (IOException e) {
            throw new CcpException("cannot create the export directory " + configMaps + ": " + e.getMessage(), e);
        }
        List<HasMetadata> exported = objects.stream().filter(o -> !NAMESPACE_KIND.equals(o.getKind()))
                .map(HasMetadata.class::cast).toList();
        List<Path> files = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (HasMetadata object : exported) {
            Path file = ("ConfigMap".equals(object.getKind()) ? configMaps : directory).resolve(fileName(object));
            if (!seen.add(file)) {
                throw new IllegalArgumentException("two objects export to " + file);
            }
            files.add(file);
        }
        // Serialising is independent per object (PlainModelValues is thread-safe): use the cores.
        IntStream.range(0, exported.size()).parallel().forEach(i -> {
            Map<String, Object> values = plainValues(exported.get(i));
            withoutNamespace(values);
            try {
                Files.writeString(files.get(i), YamlWriter.plain().write(values), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CcpException("cannot write " + files.get(i) + ": " + e.getMessage(), e);
            }
        });
        return List.copyOf(files);
    }

    private Map<String, Object> plainValues(HasMetadata object) {
        return plainValues.mapping(object);
    }

    private static void withoutNamespace(Map<String, Object> values) {
        if (values.get("metadata") instanceof Map<?, ?> metadata) {
            metadata.remove("namespace");
        }
    }
}
