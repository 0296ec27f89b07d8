package dev.ccp.builders.image;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A {@code sources} entry made available on disk.
 *
 * @param name        the {@code sources} key
 * @param directory   where its files are
 * @param fingerprint what identifies its content: {@code git:<commit>} for a clone,
 *                    {@code dir:<sha256 of the tree>} for a {@code source_dir}
 */
public record SourceTree(String name, Path directory, String fingerprint) {

    public SourceTree {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}
