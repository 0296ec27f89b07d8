package dev.ccp.dsl.yaml;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A parsed configuration file: its documents and {@code !include}s in file order, with the
 * included files parsed the same way. How the parts combine (later wins) is decided by the
 * configuration merger, not here.
 *
 * @param path  the file, absolute and normalised
 * @param parts its documents and includes in the order they appear
 */
public record YamlFile(Path path, List<Part> parts) {

    public YamlFile {
        Objects.requireNonNull(path, "path");
        parts = List.copyOf(parts);
    }

    /** One top-level document of a file. */
    public sealed interface Part permits Document, Include {
    }

    /** A document that is a mapping. */
    public record Document(ConfigTree tree) implements Part {

        public Document {
            Objects.requireNonNull(tree, "tree");
        }
    }

    /** One file named by an {@code !include} document, in the order the list names them. */
    public record Include(YamlFile file) implements Part {

        public Include {
            Objects.requireNonNull(file, "file");
        }
    }
}
