package dev.ccp.dsl.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The facts about the machine that configuration defaults depend on, supplied by the caller
 * so that loading stays pure (no environment variables, no system properties).
 *
 * @param homeDir             the user's home directory ({@code ~})
 * @param cpuCount            processors available; the default for parallel builds and clones
 * @param inTreeComponentsDir the components shipped with ccp, used when
 *                            {@code repositories.repos} is empty
 */
public record HostEnvironment(Path homeDir, int cpuCount, Path inTreeComponentsDir) {

    public HostEnvironment {
        Objects.requireNonNull(homeDir, "homeDir");
        Objects.requireNonNull(inTreeComponentsDir, "inTreeComponentsDir");
        if (cpuCount < 1) {
            throw new IllegalArgumentException("cpuCount must be >= 1, was " + cpuCount);
        }
    }

    /** {@code path} with a leading {@code ~} (alone or followed by {@code /}) replaced by the home directory. */
    public String expandHome(String path) {
        return HomePaths.expand(path, homeDir);
    }
}
