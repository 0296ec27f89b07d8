package dev.ccp.dsl.config;

import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds the user's configuration file (REFERENCE 1.1): the one given with
 * {@code --config-file}, else the first existing of {@code ~/.ccp.yaml}, {@code ~/.ccp/ccp.yaml},
 * {@code /etc/ccp.yaml}, {@code /etc/ccp/ccp.yaml}; none means built-in defaults only.
 */
public final class ConfigFileLocator {

    private final Path etcDir;

    /** Looks in {@code /etc} for the system-wide files. */
    public ConfigFileLocator() {
        this(Path.of("/etc"));
    }

    /** Looks in {@code etcDir} instead of {@code /etc} (for tests). */
    public ConfigFileLocator(Path etcDir) {
        this.etcDir = etcDir;
    }

    /**
     * The configuration file to use, absolute and normalised.
     *
     * @param explicit the {@code --config-file} value; a leading {@code ~} is the home directory
     * @throws InvalidInputException when {@code explicit} names no file
     */
    public Optional<Path> find(Optional<Path> explicit, Path home) {
        if (explicit.isPresent()) {
            Path file = Path.of(HomePaths.expand(explicit.get().toString(), home)).toAbsolutePath().normalize();
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException(Problem.at(file.toString(), "",
                        Files.isDirectory(file) ? "--config-file names a directory, not a file" : "configuration file not found"));
            }
            return Optional.of(file);
        }
        return candidates(home).stream().filter(Files::isRegularFile).findFirst().map(p -> p.toAbsolutePath().normalize());
    }

    /** Where a configuration file is looked for, in order. */
    public List<Path> candidates(Path home) {
        return List.of(home.resolve(".ccp.yaml"), home.resolve(".ccp").resolve("ccp.yaml"),
                etcDir.resolve("ccp.yaml"), etcDir.resolve("ccp").resolve("ccp.yaml"));
    }
}
