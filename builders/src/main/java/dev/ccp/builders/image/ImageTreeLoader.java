package dev.ccp.builders.image;

import dev.ccp.dsl.component.ComponentRepository;
import dev.ccp.dsl.config.CcpConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Steps 1 to 4 of REFERENCE 5: discover the Dockerfiles, render them all (every problem
 * reported together), and attach each image to its parent.
 */
public final class ImageTreeLoader {

    private ImageTreeLoader() {
    }

    /** How images are named in this configuration: the registry prefix only when pushing to one. */
    public static ImageNaming naming(CcpConfig config) {
        String address = config.registry().address();
        return new ImageNaming(config.images(), config.builder().push() ? address : "");
    }

    public static ImageGraph load(CcpConfig config, List<ComponentRepository> repositories) {
        return load(config, repositories, Optional.empty());
    }

    /** @param agent what {@code ccp_agent()} puts into a build context */
    public static ImageGraph load(CcpConfig config, List<ComponentRepository> repositories, Optional<AgentArtifacts> agent) {
        Map<String, DockerfileTemplate> templates =
                DockerfileDiscovery.discover(repositories, config.repositories().skipEmpty());
        DockerfileRenderer renderer = new DockerfileRenderer(DockerfileVariables.from(config),
                config.sources().keySet(), naming(config), agent);
        return ImageGraph.of(renderer.renderAll(templates).values());
    }
}
