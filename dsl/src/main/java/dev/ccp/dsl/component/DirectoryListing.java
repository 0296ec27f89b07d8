package dev.ccp.dsl.component;

import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.service.ServiceProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Lists the regular files of a directory, sorted by name; a missing directory has none. */
final class DirectoryListing {

    private DirectoryListing() {
    }

    /** The regular files directly in {@code directory}, sorted by file name. */
    static List<Path> files(Path directory, List<ServiceProblem> problems) {
        return list(directory, problems, false);
    }

    /** The regular files directly in {@code directory} whose name ends with {@code .yaml}, sorted. */
    static List<Path> yamlFiles(Path directory, List<ServiceProblem> problems) {
        return files(directory, problems).stream()
                .filter(file -> file.getFileName().toString().endsWith(".yaml"))
                .toList();
    }

    /** The regular files anywhere under {@code directory}, sorted by path. */
    static List<Path> filesRecursively(Path directory, List<ServiceProblem> problems) {
        return list(directory, problems, true);
    }

    private static List<Path> list(Path directory, List<ServiceProblem> problems, boolean recursive) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = recursive ? Files.walk(directory) : Files.list(directory)) {
            return entries.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            problems.add(ServiceProblem.global(Problem.at(directory.toString(), "",
                    "cannot list directory: " + e.getMessage())));
            return List.of();
        }
    }
}
