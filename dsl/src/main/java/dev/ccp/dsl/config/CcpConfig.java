package dev.ccp.dsl.config;

import dev.ccp.dsl.yaml.ConfigTree;
import dev.ccp.dsl.yaml.PlainValues;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The merged and validated configuration, typed for the sections the tool itself reads, and as
 * plain values (immutable maps, lists and scalars) for the sections templates and the topology
 * read.
 *
 * @param debug            show debug output and stack traces
 * @param verboseLevel     default verbosity
 * @param logFile          where to write the log
 * @param defaultLogLevels {@code logger=LEVEL} entries applied when not debugging
 * @param action           command-line defaults (deprecated section)
 * @param builder          image builds
 * @param images           image naming
 * @param kubernetes       the cluster
 * @param registry         the image registry
 * @param repositories     the component repositories
 * @param configs          values for templates, with the derived {@code namespace},
 *                         {@code cluster_domain} and {@code services}
 * @param secretConfigs    values for templates that go only into Secrets
 * @param nodes            node-name regular expressions to {@code roles} and {@code configs}
 * @param roles            role name to the services it runs
 * @param replicas         service name to replica count
 * @param services         service aliases ({@code service_def}, {@code mapping}, {@code configs})
 * @param sources          source name to {@code git_url}+{@code git_ref} or {@code source_dir}
 * @param versions         software versions for Dockerfiles
 * @param url              artifact repositories for Dockerfiles
 * @param files            file name to a replacement template path
 */
public record CcpConfig(boolean debug, int verboseLevel, Optional<String> logFile, List<String> defaultLogLevels,
        ActionConfig action, BuilderConfig builder, ImagesConfig images, KubernetesConfig kubernetes,
        RegistryConfig registry, RepositoriesConfig repositories, Map<String, Object> configs,
        Map<String, Object> secretConfigs, Map<String, Object> nodes, Map<String, List<String>> roles,
        Map<String, Integer> replicas, Map<String, Object> services, Map<String, Object> sources,
        Map<String, Object> versions, Map<String, Object> url, Map<String, String> files) {

    public CcpConfig {
        Objects.requireNonNull(logFile, "logFile");
        defaultLogLevels = List.copyOf(defaultLogLevels);
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(builder, "builder");
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(kubernetes, "kubernetes");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(repositories, "repositories");
        configs = PlainValues.immutableMap(configs);
        secretConfigs = PlainValues.immutableMap(secretConfigs);
        nodes = PlainValues.immutableMap(nodes);
        roles = immutableCopy(roles, List::copyOf);
        replicas = immutableCopy(replicas, count -> count);
        services = PlainValues.immutableMap(services);
        sources = PlainValues.immutableMap(sources);
        versions = PlainValues.immutableMap(versions);
        url = PlainValues.immutableMap(url);
        files = immutableCopy(files, file -> file);
    }

    private static <T> Map<String, T> immutableCopy(Map<String, T> map, UnaryOperator<T> copyValue) {
        Map<String, T> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(key, copyValue.apply(Objects.requireNonNull(value, key))));
        return Collections.unmodifiableMap(copy);
    }

    /** The typed view of a tree that {@link ConfigValidator} accepted. */
    public static CcpConfig from(ConfigTree tree) {
        SectionReader top = new SectionReader(tree.values());
        return new CcpConfig(
                top.bool("debug"),
                top.integer("verbose_level"),
                top.optionalString("log_file"),
                top.strings("default_log_levels"),
                action(top.section("action")),
                builder(top.section("builder")),
                images(top.section("images")),
                kubernetes(top.section("kubernetes")),
                registry(top.section("registry")),
                repositories(top.section("repositories")),
                top.map("configs"),
                top.map("secret_configs"),
                top.map("nodes"),
                top.entries("roles", value -> ((List<?>) value).stream().map(String.class::cast).toList()),
                top.entries("replicas", SectionReader::intValue),
                top.map("services"),
                top.map("sources"),
                top.map("versions"),
                top.map("url"),
                top.entries("files", String.class::cast));
    }

    /**
     * What service definitions are rendered with (REFERENCE 2.3): {@code configs} deep-merged
     * with {@code secret_configs}.
     */
    public Map<String, Object> renderContext() {
        return ConfigMerger.overlay(configs, secretConfigs);
    }

    /** Like the generated form, with {@code secretConfigs} masked: the configuration may end up in a log. */
    @Override
    public String toString() {
        return "CcpConfig[debug=" + debug + ", verboseLevel=" + verboseLevel + ", logFile=" + logFile
                + ", defaultLogLevels=" + defaultLogLevels + ", action=" + action + ", builder=" + builder
                + ", images=" + images + ", kubernetes=" + kubernetes + ", registry=" + registry
                + ", repositories=" + repositories + ", configs=" + configs + ", secretConfigs=" + ConfigDumper.MASK
                + ", nodes=" + nodes + ", roles=" + roles + ", replicas=" + replicas + ", services=" + services
                + ", sources=" + sources + ", versions=" + versions + ", url=" + url + ", files=" + files + "]";
    }

    private static ActionConfig action(SectionReader action) {
        return new ActionConfig(action.optionalString("name"), action.optionalStrings("components"),
                action.bool("dry_run"), action.optionalString("export_dir"), action.optionalString("auth_url"),
                action.bool("skip_os_cleanup"), action.strings("types"));
    }

    private static BuilderConfig builder(SectionReader builder) {
        return new BuilderConfig(builder.integer("workers"), builder.bool("keep_image_tree_consistency"),
                builder.bool("build_base_images_if_not_exist"), builder.bool("push"), builder.bool("no_cache"),
                builder.section("docker").string("base_url"));
    }

    private static ImagesConfig images(SectionReader images) {
        Map<String, ImagesConfig.ImageSpec> specs = new LinkedHashMap<>();
        images.sectionsByKey("image_specs").forEach((name, spec) -> specs.put(name,
                new ImagesConfig.ImageSpec(spec.optionalString("namespace"), spec.optionalString("tag"))));
        return new ImagesConfig(images.string("namespace"), images.string("tag"), images.string("base_distro"),
                images.string("base_tag"), images.strings("base_images"), images.string("maintainer"), specs);
    }

    private static KubernetesConfig kubernetes(SectionReader kubernetes) {
        return new KubernetesConfig(kubernetes.optionalString("server"), kubernetes.string("namespace"),
                kubernetes.optionalString("ca_cert"), kubernetes.optionalString("key_file"),
                kubernetes.optionalString("cert_file"), kubernetes.bool("insecure"),
                kubernetes.optionalString("username"), kubernetes.optionalString("password").map(Secret::of),
                kubernetes.string("cluster_domain"), kubernetes.optionalString("image_pull_policy"),
                kubernetes.section("appcontroller").bool("enabled"));
    }

    private static RegistryConfig registry(SectionReader registry) {
        return new RegistryConfig(registry.string("address"), registry.bool("insecure"), registry.string("username"),
                Secret.of(registry.string("password")), registry.integer("timeout"));
    }

    private static RepositoriesConfig repositories(SectionReader repositories) {
        List<RepositoriesConfig.RepositorySpec> repos = repositories.sections("repos").stream()
                .map(repo -> new RepositoriesConfig.RepositorySpec(repo.string("name"), repo.string("git_url"),
                        repo.optionalString("git_ref")))
                .toList();
        return new RepositoriesConfig(Path.of(repositories.string("path")), repos, repositories.bool("clone"),
                repositories.integer("clone_concurrency"), repositories.bool("skip_empty"),
                repositories.string("entrypoint_repo_name"));
    }
}
