package dev.ccp.renderer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A writable copy of a fixture directory, for tests that change one input. */
final class FixtureCopy {

    private final Path directory;

    private FixtureCopy(Path directory) {
        this.directory = directory;
    }

    /** Copies {@code source} (recursively) to {@code target}. */
    static FixtureCopy of(Path source, Path target) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FixtureCopy(target);
    }

    Path directory() {
        return directory;
    }

    /** Replaces {@code from} (which must occur) by {@code to} in the file at {@code relativePath}. */
    FixtureCopy replace(String relativePath, String from, String to) {
        Path file = directory.resolve(relativePath);
        try {
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(relativePath + " does not contain " + from);
            }
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Appends {@code text} to the file at {@code relativePath}. */
    FixtureCopy append(String relativePath, String text) {
        try {
            Files.writeString(directory.resolve(relativePath), Files.readString(directory.resolve(relativePath)) + text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    RenderedEnvironment render() {
        return EnvironmentRenderer.standard().render(Demo.request(Demo.load(directory)));
    }
}
