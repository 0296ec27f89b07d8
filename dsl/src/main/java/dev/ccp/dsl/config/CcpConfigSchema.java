package dev.ccp.dsl.config;

import static dev.ccp.dsl.config.schema.Schemas.anything;
import static dev.ccp.dsl.config.schema.Schemas.bool;
import static dev.ccp.dsl.config.schema.Schemas.integer;
import static dev.ccp.dsl.config.schema.Schemas.listOf;
import static dev.ccp.dsl.config.schema.Schemas.mapOf;
import static dev.ccp.dsl.config.schema.Schemas.mapping;
import static dev.ccp.dsl.config.schema.Schemas.nullOr;
import static dev.ccp.dsl.config.schema.Schemas.object;
import static dev.ccp.dsl.config.schema.Schemas.oneOf;
import static dev.ccp.dsl.config.schema.Schemas.string;
import static dev.ccp.dsl.config.schema.Schemas.value;

import dev.ccp.dsl.config.schema.ObjectSchema;
import dev.ccp.dsl.config.schema.Schema;
import dev.ccp.dsl.config.schema.SchemaFindings;
import dev.ccp.dsl.yaml.KeyPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The schema of the top-level configuration (REFERENCE 2.1, 6.1), closed at every level the
 * original closed, plus checks the original lacked: {@code nodes} entries and their regular
 * expressions, {@code roles}, the Kubernetes namespace name, repository names.
 */
public final class CcpConfigSchema {

    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final int DNS_LABEL_MAX = 63;

    private static final ObjectSchema TOP_LEVEL = object()
            .optional("debug", bool())
            .optional("verbose_level", integer())
            .optional("log_file", nullOr(string()))
            .optional("verbose", anything())
            .optional("default_log_levels", listOf(string()))
            .optional("configs", mapping())
            .optional("secret_configs", mapping())
            .optional("nodes", mapOf(node(), CcpConfigSchema::checkNodePattern))
            .optional("roles", mapOf(listOf(string())))
            .optional("versions", mapping())
            .optional("url", mapping())
            .optional("files", mapOf(string()))
            .optional("replicas", mapOf(integer(1)))
            .optional("sources", mapOf(source()))
            .optional("services", mapOf(service()))
            .optional("action", action())
            .optional("builder", builder())
            .optional("images", images())
            .optional("kubernetes", kubernetes())
            .optional("registry", registry())
            .optional("repositories", repositories())
            .build();

    private CcpConfigSchema() {
    }

    /** The schema of the whole document. */
    public static ObjectSchema topLevel() {
        return TOP_LEVEL;
    }

    private static Schema node() {
        return object()
                .optional("roles", listOf(string()))
                .optional("configs", mapping())
                .build();
    }

    private static void checkNodePattern(String key, KeyPath path, SchemaFindings findings) {
        try {
            Pattern.compile(key);
        } catch (PatternSyntaxException e) {
            findings.report(path, "invalid regular expression: " + e.getDescription()
                    + (e.getIndex() >= 0 ? " near index " + e.getIndex() : ""));
        }
    }

    private static Schema source() {
        return object()
                .optional("git_url", string())
                .optional("git_ref", string())
                .optional("source_dir", string())
                .rule(CcpConfigSchema::checkSourceKind)
                .build();
    }

    /** Exactly one of {git_url + git_ref} or {source_dir}. */
    private static void checkSourceKind(Map<?, ?> source, KeyPath path, SchemaFindings findings) {
        boolean git = source.containsKey("git_url") && source.containsKey("git_ref");
        boolean local = source.containsKey("source_dir");
        if (git && local) {
            findings.report(path, "expected either git_url with git_ref, or source_dir, not both");
        } else if (!git && !local) {
            String found = source.containsKey("git_url") ? "git_url without git_ref"
                    : source.containsKey("git_ref") ? "git_ref without git_url" : "neither";
            findings.report(path, "expected either git_url with git_ref, or source_dir, found " + found);
        }
    }

    private static Schema service() {
        return object()
                .required("service_def", string())
                .optional("mapping", mapping())
                .optional("configs", mapping())
                .build();
    }

    private static Schema action() {
        return object()
                .optional("name", nullOr(string()))
                .optional("components", nullOr(listOf(string())))
                .optional("dry_run", nullOr(bool()))
                .optional("export_dir", nullOr(string()))
                .optional("auth_url", nullOr(string()))
                .optional("skip_os_cleanup", nullOr(bool()))
                .optional("types", nullOr(listOf(oneOf(List.of("service-def")))))
                .build();
    }

    private static Schema builder() {
        return object()
                .optional("workers", integer(1))
                .optional("keep_image_tree_consistency", bool())
                .optional("build_base_images_if_not_exist", bool())
                .optional("push", bool())
                .optional("no_cache", bool())
                .optional("docker", object().optional("base_url", string()).build())
                .build();
    }

    private static Schema images() {
        return object()
                .optional("namespace", string())
                .optional("tag", string())
                .optional("base_distro", string())
                .optional("base_tag", string())
                .optional("base_images", listOf(string()))
                .optional("maintainer", string())
                .optional("image_specs", mapOf(object()
                        .optional("tag", string())
                        .optional("namespace", string())
                        .build()))
                .build();
    }

    private static Schema kubernetes() {
        return object()
                .optional("server", nullOr(string()))
                .optional("namespace", value("a Kubernetes namespace name (lowercase letters, digits and '-', "
                        + "starting and ending with a letter or digit, at most " + DNS_LABEL_MAX + " characters)",
                        CcpConfigSchema::isDnsLabel))
                .optional("ca_cert", nullOr(string()))
                .optional("key_file", nullOr(string()))
                .optional("cert_file", nullOr(string()))
                .optional("insecure", bool())
                .optional("username", nullOr(string()))
                .optional("password", nullOr(string()))
                .optional("cluster_domain", string())
                .optional("image_pull_policy", nullOr(oneOf(List.of("Always", "IfNotPresent", "Never"))))
                .optional("appcontroller", object().optional("enabled", bool()).build())
                .build();
    }

    private static boolean isDnsLabel(Object value) {
        return value instanceof String name && name.length() <= DNS_LABEL_MAX && DNS_LABEL.matcher(name).matches();
    }

    private static Schema registry() {
        return object()
                .optional("address", string())
                .optional("insecure", bool())
                .optional("username", string())
                .optional("password", string())
                .optional("timeout", integer(1))
                .build();
    }

    private static Schema repositories() {
        return object()
                .optional("clone", bool())
                .optional("clone_concurrency", integer(1))
                .optional("skip_empty", bool())
                .optional("path", string())
                .optional("entrypoint_repo_name", string())
                .optional("repos", listOf(object()
                        .required("name", value("a repository name (a directory name: no '/', not '.' or '..')",
                                CcpConfigSchema::isDirectoryName))
                        .required("git_url", string())
                        .optional("git_ref", string())
                        .build(), CcpConfigSchema::checkUniqueRepositoryNames))
                .build();
    }

    private static boolean isDirectoryName(Object value) {
        return value instanceof String name && !name.isEmpty() && !name.contains("/") && !name.equals(".")
                && !name.equals("..");
    }

    private static void checkUniqueRepositoryNames(List<?> repos, KeyPath path, SchemaFindings findings) {
        Map<Object, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < repos.size(); i++) {
            if (repos.get(i) instanceof Map<?, ?> repo && repo.get("name") instanceof String name) {
                Integer first = firstIndex.putIfAbsent(name, i);
                if (first != null) {
                    findings.report(path.index(i).key("name"),
                            "repository '" + name + "' is already listed at " + path.index(first));
                }
            }
        }
    }
}
