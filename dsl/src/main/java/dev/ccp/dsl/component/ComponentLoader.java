package dev.ccp.dsl.component;

import dev.ccp.dsl.jinja.JinjaDialect;
import dev.ccp.dsl.jinja.HostResolver;
import dev.ccp.dsl.jinja.RenderOptions;
import dev.ccp.dsl.jinja.TemplateSource;
import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.problem.Suggestions;
import dev.ccp.dsl.yaml.KeyPath;
import dev.ccp.dsl.service.RawDefinition;
import dev.ccp.dsl.service.ServiceProblem;
import dev.ccp.dsl.yaml.PlainValues;
import dev.ccp.dsl.yaml.YamlDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the components map from component repositories (REFERENCE 4.1, 2.6): renders every
 * {@code service/*.yaml} with the Jinja dialect (strict undefined) and parses it, re-renders
 * definitions for the aliases of the {@code services} section, and reads the files, actions,
 * upgrades and exports next to them. Never stops at the first problem: every problem of every
 * repository is returned in {@link LoadedComponents#problems()}.
 */
public final class ComponentLoader {

    /**
     * Service definitions and actions render with strict undefined, and {@code gethostbyname}
     * is the identity in the CLI (REFERENCE 4.1): no DNS lookups while loading.
     */
    private static final RenderOptions DEFINITION_RENDER = RenderOptions.strict().withHostResolver(HostResolver.IDENTITY);

    private final JinjaDialect dialect;

    public ComponentLoader(JinjaDialect dialect) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    /** A loader using {@link JinjaDialect#standard()}. */
    public static ComponentLoader standard() {
        return new ComponentLoader(JinjaDialect.standard());
    }

    /**
     * Loads {@code repositories}, in order (later definitions of a service name win).
     *
     * @param contexts        the render contexts
     * @param servicesSection the configuration's {@code services} section (aliases, mappings);
     *                        null or empty for none
     */
    public LoadedComponents load(List<ComponentRepository> repositories, RenderContexts contexts,
            Map<String, ?> servicesSection) {
        return load(repositories, contexts, servicesSection, Set.of());
    }

    /**
     * As {@link #load(List, RenderContexts, Map)}; {@code configuredFiles} are the keys of the
     * configuration's {@code files} section, whose templates come from the configured paths
     * instead of {@code service/files/} (so their {@code content} is not checked).
     */
    public LoadedComponents load(List<ComponentRepository> repositories, RenderContexts contexts,
            Map<String, ?> servicesSection, Collection<String> configuredFiles) {
        return new Run(contexts, Set.copyOf(configuredFiles)).load(repositories, ServicesSection.parse(servicesSection));
    }

    /** The template a base service was rendered from, for rendering it again for aliases. */
    private record BaseSource(String component, TemplateSource template) {
    }

    /** The state of one load. */
    private final class Run {

        private final RenderContexts contexts;
        private final Set<String> configuredFiles;
        private final List<ServiceProblem> problems = new ArrayList<>();
        private final List<Component> components = new ArrayList<>();
        private final Map<String, Component> componentByName = new LinkedHashMap<>();
        private final Map<String, RawDefinition> definitions = new LinkedHashMap<>();
        private final Map<String, BaseSource> sources = new LinkedHashMap<>();
        private final List<RawDefinition> unnamed = new ArrayList<>();
        private final Set<String> failedFileStems = new HashSet<>();

        Run(RenderContexts contexts, Set<String> configuredFiles) {
            this.contexts = Objects.requireNonNull(contexts, "contexts");
            this.configuredFiles = configuredFiles;
        }

        LoadedComponents load(List<ComponentRepository> repositories, ServicesSection services) {
            problems.addAll(services.problems());
            Exports exports = new ExportsLoader(problems).load(repositories);
            for (ComponentRepository repository : repositories) {
                loadRepository(repository);
            }
            services.aliases().forEach(this::addAlias);
            List<RawDefinition> all = new ArrayList<>(new TreeMap<>(definitions).values());
            all.addAll(unnamed);
            all.forEach(this::checkTemplateReferences);
            return new LoadedComponents(components, exports, all, services, dedupe(problems));
        }

        private void loadRepository(ComponentRepository repository) {
            Path serviceDir = repository.serviceDir();
            if (!Files.isDirectory(serviceDir)) {
                return;
            }
            String component = repository.component();
            Map<String, Path> templates = new TreeMap<>();
            for (Path file : DirectoryListing.filesRecursively(repository.filesDir(), problems)) {
                templates.put(repository.filesDir().relativize(file).toString().replace('\\', '/'), file);
            }
            Map<String, UpgradeDefinition> upgrades = new TreeMap<>();
            for (Path file : DirectoryListing.yamlFiles(serviceDir.resolve("upgrade"), problems)) {
                loadUpgrade(file).ifPresent(upgrade -> upgrades.put(upgrade.name(), upgrade));
            }
            List<ActionDefinition> actions = new ArrayList<>();
            ActionsLoader actionsLoader = new ActionsLoader(component, templates.keySet(), problems);
            for (Path file : DirectoryListing.yamlFiles(serviceDir.resolve("actions"), problems)) {
                render(file, contexts.base(), null).ifPresent(text -> actions.addAll(actionsLoader.load(file, text)));
            }
            Component loaded = new Component(component, repository, templates, actions, upgrades);
            components.add(loaded);
            componentByName.put(component, loaded);
            for (Path file : DirectoryListing.yamlFiles(serviceDir, problems)) {
                loadDefinition(component, file);
            }
        }

        private void loadDefinition(String component, Path file) {
            TemplateSource source = read(file).orElse(null);
            Optional<RawDefinition> definition = source == null ? Optional.empty()
                    : renderDefinition(component, source, contexts.base(), null);
            if (definition.isEmpty()) {
                failedFileStems.add(stem(file));
                return;
            }
            RawDefinition raw = definition.get();
            if (raw.serviceName() == null) {
                unnamed.add(raw);
                return;
            }
            definitions.remove(raw.serviceName());
            definitions.put(raw.serviceName(), raw);
            sources.put(raw.serviceName(), new BaseSource(component, source));
        }

        private void addAlias(String alias, String baseService) {
            BaseSource source = sources.get(baseService);
            if (source == null) {
                if (!failedFileStems.contains(baseService)) {
                    problems.add(new ServiceProblem(alias, contexts.configProblem(
                            KeyPath.of("services", alias, "service_def"), "expected the name of a service, found '" + baseService + "'"
                                    + Suggestions.didYouMean(baseService, sources.keySet()) + "; services: "
                                    + String.join(", ", new TreeMap<>(sources).keySet()))));
                }
                return;
            }
            renderDefinition(source.component(), source.template(), contexts.forAlias(alias), alias).ifPresent(rendered -> {
                definitions.remove(alias);
                definitions.put(alias, RawDefinition.alias(alias, baseService, rendered));
            });
        }

        private Optional<RawDefinition> renderDefinition(String component, TemplateSource source,
                Map<String, Object> context, String alias) {
            return render(source, context, alias)
                    .flatMap(text -> parse(text, source.name(), true, alias))
                    .map(document -> RawDefinition.base(component, source.name(), document));
        }

        private Optional<String> render(Path file, Map<String, Object> context, String alias) {
            return read(file).flatMap(source -> render(source, context, alias));
        }

        private Optional<String> render(TemplateSource source, Map<String, Object> context, String alias) {
            try {
                return Optional.of(dialect.render(source, context, DEFINITION_RENDER));
            } catch (InvalidInputException e) {
                e.problems().forEach(problem -> problems.add(new ServiceProblem(alias, inAlias(problem, alias))));
                return Optional.empty();
            }
        }

        private Optional<Object> parse(String text, String file, boolean rendered, String alias) {
            try {
                return Optional.ofNullable(YamlDocuments.parseSingle(text, file, rendered))
                        .or(() -> Optional.of(Map.of()));
            } catch (InvalidInputException e) {
                e.problems().forEach(problem -> problems.add(new ServiceProblem(alias, inAlias(problem, alias))));
                return Optional.empty();
            }
        }

        private Optional<TemplateSource> read(Path file) {
            try {
                return Optional.of(TemplateSource.read(file));
            } catch (InvalidInputException e) {
                e.problems().forEach(problem -> problems.add(ServiceProblem.global(problem)));
                return Optional.empty();
            }
        }

        private Optional<UpgradeDefinition> loadUpgrade(Path file) {
            String name = stem(file);
            return read(file)
                    .flatMap(source -> parse(source.text(), source.name(), false, null))
                    .flatMap(document -> {
                        if (document instanceof Map<?, ?> map) {
                            return Optional.of(new UpgradeDefinition(name, file.toString(),
                                    PlainValues.immutableMap(map)));
                        }
                        problems.add(ServiceProblem.global(Problem.at(file.toString(), "",
                                PlainValues.expected("a mapping with 'upgrade' and 'files'", document))));
                        return Optional.empty();
                    });
        }

        /** Every {@code files.<key>.content} must name a file under the component's {@code service/files/}. */
        private void checkTemplateReferences(RawDefinition definition) {
            Component component = componentByName.get(definition.component());
            if (component == null || !(definition.root().get("files") instanceof Map<?, ?> files)) {
                return;
            }
            files.forEach((key, entry) -> {
                if (entry instanceof Map<?, ?> file && file.get("content") instanceof String content
                        && !content.isBlank() && !configuredFiles.contains(String.valueOf(key))
                        && !component.templates().containsKey(content)) {
                    KeyPath path = KeyPath.of("files").key(String.valueOf(key)).key("content");
                    problems.add(new ServiceProblem(definition.serviceName(), Problem.at(definition.file(),
                            path.toString(), TemplateNames.missing(content, component))));
                }
            });
        }

        private Problem inAlias(Problem problem, String alias) {
            if (alias == null) {
                return problem;
            }
            return new Problem(problem.file(), problem.line(), problem.keyPath(),
                    problem.message() + " (while rendering it for alias '" + alias + "')");
        }

        private List<ServiceProblem> dedupe(List<ServiceProblem> all) {
            return List.copyOf(new LinkedHashSet<>(all));
        }

        private String stem(Path file) {
            String name = file.getFileName().toString();
            return name.endsWith(".yaml") ? name.substring(0, name.length() - ".yaml".length()) : name;
        }
    }
}
