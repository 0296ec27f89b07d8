package dev.ccp.dsl.component;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One component repository on disk (a {@code fuel-ccp-*} style tree with {@code service/},
 * {@code docker/} and {@code exports/}).
 *
 * @param name      the repository name as configured ({@code fuel-ccp-keystone})
 * @param directory where it lives
 */
public record ComponentRepository(String name, Path directory) {

    private static final String LEGACY_PREFIX = "fuel-ccp-";

    public ComponentRepository {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(directory, "directory");
    }

    /** The component name: the repository name without the {@code fuel-ccp-} prefix. */
    public String component() {
        return name.startsWith(LEGACY_PREFIX) ? name.substring(LEGACY_PREFIX.length()) : name;
    }

    public Path serviceDir() {
        return directory.resolve("service");
    }

    public Path filesDir() {
        return serviceDir().resolve("files");
    }

    public Path defaultsFile() {
        return filesDir().resolve("defaults.yaml");
    }

    public Path exportsDir() {
        return directory.resolve("exports");
    }
}
