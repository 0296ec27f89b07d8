package dev.ccp.dsl.cloud;

import dev.ccp.dsl.component.Component;
import dev.ccp.dsl.component.ComponentRepository;
import dev.ccp.dsl.jinja.JinjaLint;
import dev.ccp.dsl.jinja.TemplateSource;
import dev.ccp.dsl.problem.CcpException;
import dev.ccp.dsl.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Runs the Jinja lint over every template of the component repositories: service definitions,
 * actions, container files and exports. The constructs it reports render differently in Jinjava
 * than in Jinja2, so they are rejected before anything renders them.
 */
public final class TemplateLintCheck {

    private TemplateLintCheck() {
    }

    public static List<Problem> check(List<Component> components) {
        List<Problem> problems = new ArrayList<>();
        for (Component component : components) {
            for (Path template : templatesOf(component)) {
                problems.addAll(JinjaLint.lint(TemplateSource.read(template)));
            }
        }
        return problems;
    }

    private static List<Path> templatesOf(Component component) {
        ComponentRepository repository = component.repository();
        TreeSet<Path> templates = new TreeSet<>();
        templates.addAll(yamlFilesIn(repository.serviceDir()));
        templates.addAll(yamlFilesIn(repository.serviceDir().resolve("actions")));
        templates.addAll(component.templates().values());
        templates.addAll(filesIn(repository.exportsDir()));
        templates.remove(repository.defaultsFile());
        return List.copyOf(templates);
    }

    private static List<Path> yamlFilesIn(Path dir) {
        return filesIn(dir).stream().filter(p -> p.getFileName().toString().endsWith(".yaml")).toList();
    }

    private static List<Path> filesIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new CcpException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
