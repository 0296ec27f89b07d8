package dev.ccp.builders.components;

import dev.ccp.builders.image.AgentArtifacts;
import dev.ccp.builders.image.ImageDefinition;
import dev.ccp.builders.image.ImageGraph;
import dev.ccp.builders.image.ImageTreeLoader;
import dev.ccp.dsl.cloud.Cloud;
import dev.ccp.dsl.cloud.CloudLoader;
import dev.ccp.dsl.config.ConfigFileLocator;
import dev.ccp.dsl.config.ConfigLoader;
import dev.ccp.dsl.config.HostEnvironment;
import dev.ccp.dsl.config.LoadedConfig;
import dev.ccp.dsl.service.Command;
import dev.ccp.dsl.service.Container;
import dev.ccp.dsl.service.FileSpec;
import dev.ccp.dsl.service.RawDefinition;
import dev.ccp.dsl.service.ServiceDefinition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The component repositories shipped in {@code components/}, loaded as {@code ccp} loads them
 * when no repositories are configured: built-in defaults plus the components' defaults, the
 * Dockerfiles rendered into the image tree, the service definitions validated into the catalog.
 *
 * @param directory the {@code components/} directory
 * @param config    the merged default configuration
 * @param cloud     the components map
 * @param images    the image tree
 */
record InTreeComponents(Path directory, LoadedConfig config, Cloud cloud, ImageGraph images) {

    /** Relative to the builders module, where Maven runs its tests. */
    static final Path DIRECTORY = Path.of("..", "components").toAbsolutePath().normalize();

    /** One command that runs in an image, with the container and definition it belongs to. */
    record ImageUse(ServiceDefinition definition, Container container, Command command) {

        /** The files the agent renders for this command. */
        List<FileSpec> files() {
            return command.files().stream().map(definition.files()::get).filter(file -> file != null).toList();
        }
    }

    /** Loaded once: every test reads the same immutable result. */
    private static final class Loaded {
        private static final InTreeComponents INSTANCE = load();
    }

    static InTreeComponents get() {
        return Loaded.INSTANCE;
    }

    private static InTreeComponents load() {
        // Neither a home nor an /etc configuration file: built-in and component defaults only.
        Path nowhere = Path.of("target", "in-tree-components-no-config").toAbsolutePath();
        HostEnvironment host = new HostEnvironment(nowhere, 1, DIRECTORY);
        LoadedConfig config = new ConfigLoader(new ConfigFileLocator(nowhere)).load(Optional.empty(), host);
        Cloud cloud = CloudLoader.standard().components(config);
        Path ccpHome = DIRECTORY.getParent();
        ImageGraph images = ImageTreeLoader.load(config.config(), config.repositories(),
                Optional.of(AgentArtifacts.under(ccpHome)));
        return new InTreeComponents(DIRECTORY, config, cloud, images);
    }

    ImageDefinition image(String name) {
        return images.get(name);
    }

    /** The image's Dockerfile, rendered with the default configuration. */
    DockerfileInstructions instructions(String image) {
        return DockerfileInstructions.parse(image(image).renderedDockerfile());
    }

    /** {@code image}, its parent, its parent's parent ... up to the root. */
    List<String> lineage(String image) {
        List<String> lineage = new ArrayList<>();
        Optional<String> current = Optional.of(image);
        while (current.isPresent() && !lineage.contains(current.get())) {
            lineage.add(current.get());
            current = images.parent(current.get());
        }
        return List.copyOf(lineage);
    }

    /** The user the image's processes start as: the last USER of the image or its nearest ancestor. */
    String effectiveUser(String image) {
        return lineage(image).stream().map(name -> instructions(name).declaredUser()).flatMap(Optional::stream)
                .findFirst().orElse("root");
    }

    /** The service definitions as their files declare them (aliases left out), by service name. */
    Map<String, ServiceDefinition> definitions() {
        Map<String, ServiceDefinition> definitions = new TreeMap<>();
        cloud.services().definitions().forEach((name, definition) -> {
            boolean alias = cloud.services().loaded().definition(name).map(RawDefinition::isAlias).orElse(false);
            if (!alias) {
                definitions.put(name, definition);
            }
        });
        return Collections.unmodifiableMap(definitions);
    }

    /** The raw definitions read from {@code service/*.yaml} (aliases left out). */
    List<RawDefinition> rawDefinitions() {
        return cloud.services().loaded().definitions().stream().filter(definition -> !definition.isAlias()).toList();
    }

    /** Every command of every definition that runs in {@code image}. */
    List<ImageUse> uses(String image) {
        return allUses().stream().filter(use -> imageOf(use).equals(image)).toList();
    }

    /** Every command of every definition. */
    List<ImageUse> allUses() {
        List<ImageUse> uses = new ArrayList<>();
        for (ServiceDefinition definition : definitions().values()) {
            for (Container container : definition.service().containers()) {
                container.pre().forEach(command -> uses.add(new ImageUse(definition, container, command)));
                uses.add(new ImageUse(definition, container, container.daemon()));
                container.post().forEach(command -> uses.add(new ImageUse(definition, container, command)));
            }
        }
        return List.copyOf(uses);
    }

    /** The image a command runs in: a single job's own image, else its container's. */
    static String imageOf(ImageUse use) {
        return use.command().image() != null ? use.command().image() : use.container().image();
    }
}
