package dev.ccp.builders.image;

import dev.ccp.dsl.component.ComponentRepository;
import dev.ccp.dsl.problem.CcpException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Finds the images of the component repositories (REFERENCE 5 step 2): every directory holding
 * a {@code Dockerfile.j2} is an image named after that directory; a later repository overrides
 * an earlier image of the same name. Hidden directories ({@code .git}) are not searched.
 */
public final class DockerfileDiscovery {

    private DockerfileDiscovery() {
    }

    /**
     * @param skipEmpty {@code repositories.skip_empty}: when false, a repository without any
     *                  Dockerfile is an error ({@code No dockerfile for <repo> found})
     * @return the templates by image name, sorted by name
     */
    public static Map<String, DockerfileTemplate> discover(List<ComponentRepository> repositories, boolean skipEmpty) {
        Map<String, DockerfileTemplate> byName = new TreeMap<>();
        for (ComponentRepository repository : repositories) {
            List<DockerfileTemplate> found = templatesIn(repository);
            if (found.isEmpty() && !skipEmpty) {
                throw new CcpException("No dockerfile for " + repository.name() + " found");
            }
            found.forEach(template -> byName.put(template.name(), template));
        }
        return Collections.unmodifiableMap(byName);
    }

    private static List<DockerfileTemplate> templatesIn(ComponentRepository repository) {
        if (!Files.isDirectory(repository.directory())) {
            return List.of();
        }
        List<DockerfileTemplate> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(repository.directory())) {
            files.filter(file -> file.getFileName().toString().equals(DockerfileTemplate.FILE_NAME))
                    .filter(file -> !isHidden(repository.directory().relativize(file)))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .forEach(file -> found.add(new DockerfileTemplate(file.getParent().getFileName().toString(),
                            repository.name(), file)));
        } catch (IOException | UncheckedIOException e) {
            throw new CcpException("cannot search " + repository.directory() + " for Dockerfiles: " + e.getMessage(), e);
        }
        return found;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
