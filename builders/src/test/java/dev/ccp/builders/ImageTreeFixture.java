package dev.ccp.builders;

import dev.ccp.dsl.config.ConfigLoader;
import dev.ccp.dsl.config.HostEnvironment;
import dev.ccp.dsl.config.LoadedConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A scratch directory with component repositories ({@code components/<repo>/docker/<image>/...})
 * and a configuration file, loaded the way the CLI loads them.
 */
public final class ImageTreeFixture {

    private final Path root;
    private String config = "";

    public ImageTreeFixture(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** Writes {@code components/<repo>/docker/<image>/<file>}. */
    public ImageTreeFixture file(String repo, String image, String file, String text) {
        return write(root.resolve("components").resolve(repo).resolve("docker").resolve(image).resolve(file), text);
    }

    public ImageTreeFixture dockerfile(String repo, String image, String text) {
        return file(repo, image, "Dockerfile.j2", text);
    }

    public ImageTreeFixture write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The configuration file's YAML text. */
    public ImageTreeFixture config(String yaml) {
        this.config = yaml;
        return this;
    }

    public LoadedConfig load() {
        Path file = root.resolve("ccp.yaml");
        write(file, config.isEmpty() ? "{}\n" : config);
        try {
            Files.createDirectories(root.resolve("home"));
            Files.createDirectories(root.resolve("components"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ConfigLoader().load(Optional.of(file), new HostEnvironment(root.resolve("home"), 2, root.resolve("components")));
    }
}
