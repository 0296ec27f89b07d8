package dev.ccp.builders.image;

import dev.ccp.dsl.jinja.HostResolver;
import dev.ccp.dsl.jinja.JinjaDialect;
import dev.ccp.dsl.jinja.RenderOptions;
import dev.ccp.dsl.jinja.TemplateSource;
import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders {@code Dockerfile.j2} templates (REFERENCE 5 step 3) with strict undefined, offline
 * {@code gethostbyname}, and the per-render helpers {@code image_spec(name)},
 * {@code copy_sources(name, dest)}, {@code render(file)} and {@code ccp_agent()}, recording what
 * they were asked for.
 * Thread-safe: each render has its own recorder.
 */
public final class DockerfileRenderer {

    private final Map<String, Object> variables;
    private final Set<String> sourceNames;
    private final ImageNaming naming;
    private final Optional<AgentArtifacts> agent;

    /**
     * @param variables   from {@link DockerfileVariables}
     * @param sourceNames the keys of the {@code sources} section
     * @param naming      how {@code image_spec()} names the parent
     */
    public DockerfileRenderer(Map<String, Object> variables, Set<String> sourceNames, ImageNaming naming) {
        this(variables, sourceNames, naming, Optional.empty());
    }

    /** @param agent what {@code ccp_agent()} puts into the context; empty: using it is an error */
    public DockerfileRenderer(Map<String, Object> variables, Set<String> sourceNames, ImageNaming naming,
            Optional<AgentArtifacts> agent) {
        this.variables = JinjaDialect.prepareContext(variables);
        this.sourceNames = new TreeSet<>(sourceNames);
        this.naming = Objects.requireNonNull(naming, "naming");
        this.agent = Objects.requireNonNull(agent, "agent");
    }

    /** Renders one Dockerfile; a render error is an {@link InvalidInputException} naming the file and line. */
    public ImageDefinition render(DockerfileTemplate template) {
        Recorder recorder = new Recorder();
        RenderOptions options = RenderOptions.strict()
                .withSearchPath(List.of(template.directory()))
                .withHostResolver(HostResolver.IDENTITY)
                .withFunction("image_spec", (args, kwargs) -> recorder.imageSpec(argument(args, kwargs, 0, "name")))
                .withFunction("copy_sources", (args, kwargs) -> recorder.copySources(
                        argument(args, kwargs, 0, "source_name"), argument(args, kwargs, 1, "dest")))
                .withFunction("render", (args, kwargs) -> recorder.render(argument(args, kwargs, 0, "fname")))
                .withFunction("ccp_agent", (args, kwargs) -> recorder.agent());
        String dockerfile = JinjaDialect.standard().render(TemplateSource.read(template.file()), variables, options);
        Map<String, String> rendered = new LinkedHashMap<>();
        RenderOptions fileOptions = RenderOptions.strict().withSearchPath(List.of(template.directory()))
                .withHostResolver(HostResolver.IDENTITY);
        for (String file : recorder.filesToRender) {
            Path source = template.directory().resolve(file);
            rendered.put(outputName(file), JinjaDialect.standard().render(TemplateSource.read(source), variables, fileOptions));
        }
        return new ImageDefinition(template.name(), template.repository(), template.file(), recorder.parent,
                recorder.sources, rendered, dockerfile, template.directory(), recorder.extraFiles);
    }

    /**
     * Renders every template, reporting the problems of all of them together.
     *
     * @return the definitions by image name, in the order given
     */
    public Map<String, ImageDefinition> renderAll(Map<String, DockerfileTemplate> templates) {
        Map<String, ImageDefinition> definitions = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        templates.forEach((name, template) -> {
            try {
                definitions.put(name, render(template));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        });
        InvalidInputException.throwIfAny("Dockerfiles failed to render", problems);
        return definitions;
    }

    /** What {@code render(fname)} returns: {@code x.j2} becomes {@code x}, any other name gets {@code .rendered}. */
    static String outputName(String file) {
        return file.endsWith(".j2") ? file.substring(0, file.length() - 3) : file + ".rendered";
    }

    private static String argument(List<Object> args, Map<String, Object> kwargs, int index, String name) {
        Object value = index < args.size() ? args.get(index) : kwargs.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing argument '" + name + "'");
        }
        return value.toString();
    }

    /** What one Dockerfile's helpers were asked for. */
    private final class Recorder {
        private Optional<String> parent = Optional.empty();
        private final List<String> sources = new ArrayList<>();
        private final List<String> filesToRender = new ArrayList<>();
        private final Map<String, Path> extraFiles = new LinkedHashMap<>();

        String agent() {
            AgentArtifacts artifacts = agent.orElseThrow(() ->
                    new IllegalArgumentException("ccp_agent(): this ccp does not know where its agent is"));
            extraFiles.putAll(artifacts.contextFiles());
            return AgentArtifacts.dockerfileLines();
        }

        String imageSpec(String name) {
            if (parent.isPresent()) {
                throw new IllegalArgumentException("You can use image_spec only once in FROM line");
            }
            parent = Optional.of(name);
            return naming.nameOf(name).reference();
        }

        String copySources(String name, String destination) {
            if (!sourceNames.contains(name)) {
                throw new IllegalArgumentException("No such source: " + name);
            }
            if (!sources.contains(name)) {
                sources.add(name);
            }
            return "COPY " + name + " " + destination;
        }

        String render(String file) {
            if (!filesToRender.contains(file)) {
                filesToRender.add(file);
            }
            return outputName(file);
        }
    }
}
