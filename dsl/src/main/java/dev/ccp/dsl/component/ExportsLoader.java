package dev.ccp.dsl.component;

import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.service.ServiceProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the {@code exports/} directories of all repositories and merges them (REFERENCE 7.8). */
final class ExportsLoader {

    private static final Pattern MODULE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final List<ServiceProblem> problems;

    /** @param problems where problems are added */
    ExportsLoader(List<ServiceProblem> problems) {
        this.problems = problems;
    }

    Exports load(List<ComponentRepository> repositories) {
        Map<String, String> fileNames = new LinkedHashMap<>();
        Map<String, List<String>> bodies = new LinkedHashMap<>();
        for (ComponentRepository repository : repositories) {
            for (Path file : DirectoryListing.files(repository.exportsDir(), problems)) {
                String fileName = file.getFileName().toString();
                if (fileName.startsWith(".")) {
                    continue;
                }
                String key = fileName.replaceAll("[^A-Za-z]", "");
                if (!MODULE_NAME.matcher(ExportedTemplate.moduleNameOf(fileName)).matches()) {
                    problems.add(ServiceProblem.global(Problem.at(file.toString(), "",
                            "Wrong templates file naming: expected a name whose part before the extension is an"
                                    + " identifier (letters, digits and _, not starting with a digit), found '"
                                    + fileName + "'")));
                    continue;
                }
                read(file).ifPresent(body -> {
                    fileNames.putIfAbsent(key, fileName);
                    bodies.computeIfAbsent(key, k -> new ArrayList<>()).add(body);
                });
            }
        }
        Map<String, ExportedTemplate> templates = new LinkedHashMap<>();
        fileNames.forEach((key, fileName) -> {
            List<String> sorted = new ArrayList<>(bodies.get(key));
            sorted.sort(null);
            templates.put(key, new ExportedTemplate(key, fileName, String.join("\n", sorted)));
        });
        return new Exports(templates);
    }

    private Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            problems.add(ServiceProblem.global(Problem.at(file.toString(), "", "cannot read: " + e.getMessage())));
            return Optional.empty();
        }
    }
}
