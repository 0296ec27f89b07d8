package dev.ccp.cli;

import dev.ccp.dsl.config.HostEnvironment;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/**
 * What the CLI learns from the process it runs in, read once at the edge so the core never reads
 * system properties or environment variables itself.
 *
 * @param home        the user's home directory
 * @param cpus        available processors
 * @param ccpHome     where ccp is installed (holds {@code components/} and {@code etc/}), if known
 * @param workingDir  the current directory
 */
public record RuntimeEnvironment(Path home, int cpus, Optional<Path> ccpHome, Path workingDir) {

    public static RuntimeEnvironment current() {
        String ccpHome = System.getProperty("ccp.home");
        return new RuntimeEnvironment(
                Paths.get(System.getProperty("user.home")),
                Runtime.getRuntime().availableProcessors(),
                ccpHome == null || ccpHome.isEmpty() ? Optional.empty() : Optional.of(Paths.get(ccpHome).toAbsolutePath()),
                Paths.get("").toAbsolutePath());
    }

    /**
     * The in-tree component repositories, used when no repositories are configured: those of
     * the ccp installation, else {@code components/} of the current directory.
     */
    public Path inTreeComponents() {
        return installation().resolve("components");
    }

    /** Where ccp's own files are: the installation, else the current directory (a source tree). */
    public Path installation() {
        return ccpHome.orElse(workingDir);
    }

    /** What the configuration loader needs to know about this machine. */
    public HostEnvironment host() {
        return new HostEnvironment(home, cpus, inTreeComponents());
    }
}
