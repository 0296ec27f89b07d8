package dev.ccp.builders.image;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A {@code Dockerfile.j2} found in a component repository.
 *
 * @param name       the image name (the directory holding the template)
 * @param repository the repository it comes from
 * @param file       the template file
 */
public record DockerfileTemplate(String name, String repository, Path file) {

    public static final String FILE_NAME = "Dockerfile.j2";

    public DockerfileTemplate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(file, "file");
    }

    /** The directory whose other files go into the build context. */
    public Path directory() {
        return file.getParent();
    }
}
