package dev.ccp.dsl.service.validation;

import dev.ccp.dsl.yaml.KeyPath;
import java.util.List;

/**
 * The check of a file spec {@code {path, content, perm, user}}, which service definitions
 * ({@code files.<key>}) and actions ({@code actions[i].files[j]}) share (REFERENCE 6.2, 7.4).
 */
final class FileSpecChecks {

    private static final List<String> KEYS = List.of("path", "content", "perm", "user");
    private static final List<String> REQUIRED = List.of("path", "content");

    private FileSpecChecks() {
    }

    /** Records every problem of the file spec {@code value} at {@code path}. */
    static void check(Checks checks, Object value, KeyPath path) {
        checks.closedMapping(value, path, "a mapping {path, content, perm, user}", KEYS, REQUIRED).ifPresent(file -> {
            if (file.containsKey("path")) {
                checks.absolutePath(file.get("path"), path.key("path"));
            }
            if (file.containsKey("content")) {
                checks.nonEmptyString(file.get("content"), path.key("content"));
            }
            if (file.containsKey("perm")) {
                checks.filePermission(file.get("perm"), path.key("perm"));
            }
            if (file.containsKey("user")) {
                checks.nonEmptyString(file.get("user"), path.key("user"));
            }
        });
    }
}
