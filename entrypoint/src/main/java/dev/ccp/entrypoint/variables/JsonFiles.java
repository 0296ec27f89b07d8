package dev.ccp.entrypoint.variables;

import dev.ccp.dsl.problem.CcpException;
import dev.ccp.dsl.yaml.YamlDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the JSON objects the renderer mounts. JSON is read through the YAML reader (a JSON
 * document is a YAML flow document); every value the CLI writes there reads back the same.
 */
public final class JsonFiles {

    private JsonFiles() {
    }

    /** The object in {@code file}; an absent, unreadable or non-object file is an error naming it. */
    public static Map<String, Object> read(Path file) {
        return readIfPresent(file).orElseThrow(() -> new CcpException(file + ": missing"));
    }

    /** The object in {@code file}, or empty when the file does not exist. */
    public static Optional<Map<String, Object>> readIfPresent(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new CcpException(file + ": cannot read: " + e.getMessage(), e);
        }
        Object value = YamlDocuments.parseSingle(text, file.toString(), false);
        if (value == null) {
            return Optional.of(Map.of());
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new CcpException(file + ": expected a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) map;
        return Optional.of(object);
    }
}
