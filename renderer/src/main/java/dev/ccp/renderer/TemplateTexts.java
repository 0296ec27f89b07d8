package dev.ccp.renderer;

import dev.ccp.dsl.component.Component;
import dev.ccp.dsl.component.LoadedComponents;
import dev.ccp.dsl.config.LoadedConfig;
import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.service.FileSpec;
import dev.ccp.dsl.service.ServiceDefinition;
import dev.ccp.dsl.yaml.KeyPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The raw text of a definition's file templates (REFERENCE 4.2 a): the file named by the
 * configuration's {@code files.<key>} when set (a relative path is taken from the configuration
 * file's directory), else {@code service/files/<content>} of the definition's component.
 */
final class TemplateTexts {

    private final LoadedConfig config;
    private final LoadedComponents components;

    TemplateTexts(LoadedConfig config, LoadedComponents components) {
        this.config = config;
        this.components = components;
    }

    /**
     * @throws InvalidInputException when the template cannot be read, located at the
     *         configuration's {@code files.<key>} or the definition's {@code files.<key>.content}
     */
    String text(ServiceDefinition definition, String key) {
        String override = config.config().files().get(key);
        if (override != null) {
            Path file = resolveOverride(override);
            return read(file, () -> config.tree().problemAt(KeyPath.of("files", key), cannotRead(file)));
        }
        FileSpec spec = definition.files().get(key);
        KeyPath location = KeyPath.of("files", key, "content");
        Optional<Path> file = components.component(definition.component())
                .map(Component::templates).map(templates -> templates.get(spec.content()));
        if (file.isEmpty()) {
            throw new InvalidInputException(Problem.at(definition.file(), location.toString(),
                    "no template '" + spec.content() + "' in service/files of component '" + definition.component()
                            + "'"));
        }
        return read(file.get(), () -> Problem.at(definition.file(), location.toString(), cannotRead(file.get())));
    }

    private Path resolveOverride(String override) {
        Path path = Path.of(override);
        if (path.isAbsolute()) {
            return path;
        }
        return config.configFile().map(Path::getParent).map(dir -> dir.resolve(path)).orElse(path);
    }

    private static String read(Path file, Supplier<Problem> problem) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(problem.get());
        }
    }

    private static String cannotRead(Path file) {
        return "cannot read template " + file;
    }
}
