package dev.ccp.deploy;

import dev.ccp.dsl.problem.CcpException;
import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code --export-dir} of a dry run: checked before anything is rendered (a non-empty
 * directory is refused unless {@code --force}), prepared only when the render succeeded. With
 * {@code --force} only what an export writes is removed: {@code *.yaml} files and
 * {@code configmaps/}.
 */
public final class ExportDirectory {

    private static final String CONFIG_MAPS = "configmaps";

    private final Path directory;
    private final boolean force;

    private ExportDirectory(Path directory, boolean force) {
        this.directory = directory;
        this.force = force;
    }

    /** @throws InvalidInputException when the directory is a file, or is not empty and force is off */
    public static ExportDirectory check(Path directory, boolean force) {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new InvalidInputException(Problem.at(directory.toString(), "--export-dir", "expected a directory, found a file"));
        }
        if (!force && !isEmpty(directory)) {
            throw new InvalidInputException(Problem.at(directory.toString(), "--export-dir",
                    "the directory is not empty; choose another one, or add --force to replace an earlier export"));
        }
        return new ExportDirectory(directory, force);
    }

    /** Creates the directory, or clears an earlier export from it (with force). */
    public Path prepare() {
        try {
            Files.createDirectories(directory);
            if (force) {
                removeEarlierExport();
            }
            return directory;
        } catch (IOException e) {
            throw new CcpException("cannot prepare " + directory + ": " + e.getMessage(), e);
        }
    }

    private void removeEarlierExport() throws IOException {
        Path configMaps = directory.resolve(CONFIG_MAPS);
        if (Files.isDirectory(configMaps)) {
            try (Stream<Path> files = Files.walk(configMaps)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        List<Path> yaml;
        try (Stream<Path> files = Files.list(directory)) {
            yaml = files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".yaml")).toList();
        }
        for (Path file : yaml) {
            Files.delete(file);
        }
    }

    private static boolean isEmpty(Path directory) {
        if (!Files.isDirectory(directory)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new CcpException("cannot read " + directory + ": " + e.getMessage(), e);
        }
    }
}
