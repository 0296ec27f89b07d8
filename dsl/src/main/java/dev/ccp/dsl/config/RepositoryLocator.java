package dev.ccp.dsl.config;

import dev.ccp.dsl.component.ComponentRepository;
import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.yaml.ConfigTree;
import dev.ccp.dsl.yaml.KeyPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the component repositories are: {@code repositories.path/<name>} for each entry of
 * {@code repositories.repos}, in that order; when the list is empty, every directory of the
 * components shipped with ccp, sorted by name.
 */
public final class RepositoryLocator {

    private static final KeyPath REPOS = KeyPath.of("repositories", "repos");
    private static final KeyPath PATH = KeyPath.of("repositories", "path");

    private RepositoryLocator() {
    }

    /**
     * @param config              a validated configuration (with {@code repositories})
     * @param inTreeComponentsDir the components shipped with ccp
     * @throws InvalidInputException naming every configured repository that is not on disk
     */
    public static List<ComponentRepository> locate(ConfigTree config, Path inTreeComponentsDir) {
        List<?> repos = config.valueAt(REPOS).map(List.class::cast).orElse(List.of());
        if (repos.isEmpty()) {
            return inTree(inTreeComponentsDir);
        }
        Path base = Path.of((String) config.valueAt(PATH).orElseThrow());
        List<ComponentRepository> found = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < repos.size(); i++) {
            String name = (String) ((Map<?, ?>) repos.get(i)).get("name");
            Path directory = base.resolve(name);
            if (Files.isDirectory(directory)) {
                found.add(new ComponentRepository(name, directory));
            } else {
                problems.add(config.problemAt(REPOS.index(i),
                        "repository '" + name + "' is not in " + base + "; run 'ccp fetch' to clone it"));
            }
        }
        if (!problems.isEmpty()) {
            throw new MissingRepositoriesException(problems);
        }
        return List.copyOf(found);
    }

    private static List<ComponentRepository> inTree(Path componentsDir) {
        if (!Files.isDirectory(componentsDir)) {
            throw new InvalidInputException(Problem.at(null, REPOS.toString(), "no repositories are listed and the "
                    + "components shipped with ccp are not in " + componentsDir));
        }
        try (Stream<Path> entries = Files.list(componentsDir)) {
            return entries.filter(Files::isDirectory)
                    .filter(dir -> !dir.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(dir -> dir.getFileName().toString()))
                    .map(dir -> new ComponentRepository(dir.getFileName().toString(), dir))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + componentsDir, e);
        }
    }
}
