package dev.ccp.builders.image;

import dev.ccp.dsl.problem.CcpException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes an image's build context (REFERENCE 5 step 7): the rendered {@code Dockerfile}, every
 * file and directory next to the template except names containing {@code Dockerfile}, the
 * {@code render()} outputs, and each copied source at {@code <context>/<source name>}.
 */
public final class BuildContextWriter {

    private BuildContextWriter() {
    }

    /** Whether a path relative to the template directory goes into the context as a copy. */
    static boolean copiedIntoContext(Path relative) {
        return !relative.getName(0).toString().contains("Dockerfile");
    }

    /** Writes the context into {@code directory} (created; must be empty or absent). */
    public static Path write(ImageDefinition image, List<SourceTree> sources, Path directory) {
        try {
            Files.createDirectories(directory);
            copyTree(image.contextDir(), directory, BuildContextWriter::copiedIntoContext);
            for (var file : image.renderedFiles().entrySet()) {
                Files.writeString(directory.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
            for (SourceTree source : sources) {
                copyTree(source.directory(), directory.resolve(source.name()), path -> true);
            }
            for (var extra : image.extraFiles().entrySet()) {
                if (!Files.isRegularFile(extra.getValue())) {
                    throw new CcpException(image.name() + ": " + extra.getValue() + " is missing (the ccp agent is built"
                            + " by: mvn -B -q package -DskipTests)");
                }
                Path target = directory.resolve(extra.getKey());
                Files.copy(extra.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
                target.toFile().setExecutable(Files.isExecutable(extra.getValue()), false);
            }
            Files.writeString(directory.resolve("Dockerfile"), image.renderedDockerfile(), StandardCharsets.UTF_8);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the build context of " + image.name() + " to " + directory, e);
        }
    }

    private static void copyTree(Path from, Path to, java.util.function.Predicate<Path> include) throws IOException {
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(from)) {
            entries = walk.filter(path -> !path.equals(from)).sorted().toList();
        }
        Files.createDirectories(to);
        for (Path path : entries) {
            Path relative = from.relativize(path);
            if (!include.test(relative)) {
                continue;
            }
            Path target = to.resolve(relative.toString());
            if (Files.isDirectory(path)) {
                Files.createDirectories(target);
            } else {
                Files.createDirectories(target.getParent());
                Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }
}
