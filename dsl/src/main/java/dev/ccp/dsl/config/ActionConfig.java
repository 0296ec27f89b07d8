package dev.ccp.dsl.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The deprecated {@code action} section: defaults for command-line options (REFERENCE 1.1).
 *
 * @param name          default action name
 * @param components    default {@code -c/--components}; empty when not set (all components)
 * @param dryRun        default {@code --dry-run}
 * @param exportDir     default {@code --export-dir}
 * @param authUrl       default {@code --auth-url} of {@code cleanup}
 * @param skipOsCleanup default {@code --skip-os-cleanup}
 * @param types         default {@code -t/--types} of {@code validate}
 */
public record ActionConfig(Optional<String> name, Optional<List<String>> components, boolean dryRun,
        Optional<String> exportDir, Optional<String> authUrl, boolean skipOsCleanup, List<String> types) {

    public ActionConfig {
        Objects.requireNonNull(name, "name");
        components = components.map(List::copyOf);
        Objects.requireNonNull(exportDir, "exportDir");
        Objects.requireNonNull(authUrl, "authUrl");
        types = List.copyOf(types);
    }
}
