package dev.ccp.builders.image;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One image after its Dockerfile was rendered.
 *
 * @param name               the image name
 * @param repository         the component repository it comes from
 * @param dockerfileTemplate the {@code Dockerfile.j2}
 * @param parent             the image named by {@code image_spec()} in FROM; empty for a base image
 * @param sources            the {@code sources} keys used by {@code copy_sources()}, in call order
 * @param renderedFiles      files {@code render()} asked for: output name to rendered text, in call order
 * @param renderedDockerfile the rendered Dockerfile
 * @param contextDir         the directory whose files are copied into the build context
 * @param extraFiles         files from outside the repository put into the build context (the
 *                           agent, {@code ccp_agent()}): context name to file
 */
public record ImageDefinition(String name, String repository, Path dockerfileTemplate, Optional<String> parent,
        List<String> sources, Map<String, String> renderedFiles, String renderedDockerfile, Path contextDir,
        Map<String, Path> extraFiles) {

    public ImageDefinition(String name, String repository, Path dockerfileTemplate, Optional<String> parent,
            List<String> sources, Map<String, String> renderedFiles, String renderedDockerfile, Path contextDir) {
        this(name, repository, dockerfileTemplate, parent, sources, renderedFiles, renderedDockerfile, contextDir, Map.of());
    }

    public ImageDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(dockerfileTemplate, "dockerfileTemplate");
        Objects.requireNonNull(parent, "parent");
        sources = List.copyOf(sources);
        renderedFiles = Collections.unmodifiableMap(new LinkedHashMap<>(renderedFiles));
        Objects.requireNonNull(renderedDockerfile, "renderedDockerfile");
        Objects.requireNonNull(contextDir, "contextDir");
        extraFiles = Collections.unmodifiableMap(new LinkedHashMap<>(extraFiles));
    }
}
