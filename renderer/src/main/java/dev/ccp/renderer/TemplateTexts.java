package dev.ccp.renderer;

import dev.ccp.dsl.component.Component;
import dev.ccp.dsl.component.LoadedComponents;
import dev.ccp.dsl.config.LoadedConfig;
import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.service.FileSpec;
import dev.ccp.dsl.service.ServiceDefinition;
import dev.ccp.dsl.yaml.KeyPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
     * The text of every file of {@code definition}, by key in definition order. A template that
     * cannot be read is left out and reported in {@code problems}, located at the configuration's
     * {@code files.<key>} or the definition's {@code files.<key>.content}.
     */
    Map<String, String> texts(ServiceDefinition definition, List<Problem> problems) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : definition.files().keySet()) {
            read(definition, key, problems).ifPresent(text -> texts.put(key, text));
        }
        return Collections.unmodifiableMap(texts);
    }

    private Optional<String> read(ServiceDefinition definition, String key, List<Problem> problems) {
        String override = config.config().files().get(key);
        if (override != null) {
            Path file = resolveOverride(override);
            return read(file, () -> problems.add(config.tree().problemAt(KeyPath.of("files", key), cannotRead(file))));
        }
        FileSpec spec = definition.files().get(key);
        String location = KeyPath.of("files", key, "content").toString();
        Optional<Path> file = components.component(definition.component())
                .map(Component::templates).map(templates -> templates.get(spec.content()));
        if (file.isEmpty()) {
            problems.add(Problem.at(definition.file(), location, "no template '" + spec.content()
                    + "' in service/files of component '" + definition.component() + "'"));
            return Optional.empty();
        }
        return read(file.get(), () -> problems.add(Problem.at(definition.file(), location, cannotRead(file.get()))));
    }

    private Path resolveOverride(String override) {
        Path path = Path.of(override);
        if (path.isAbsolute()) {
            return path;
        }
        return config.configFile().map(Path::getParent).map(dir -> dir.resolve(path)).orElse(path);
    }

    private static Optional<String> read(Path file, Runnable reportFailure) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            reportFailure.run();
            return Optional.empty();
        }
    }

    private static String cannotRead(Path file) {
        return "cannot read template " + file;
    }
}
