package dev.ccp.dsl.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.yaml.ConfigTree;
import dev.ccp.dsl.yaml.YamlFileLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigValidatorTest {

    @TempDir
    Path dir;

    private ConfigTree defaults;
    private Path file;

    @BeforeEach
    void setUp() {
        defaults = GlobalDefaults.load(new HostEnvironment(dir, 2, dir));
        file = dir.resolve("ccp.yaml");
    }

    /** Problems of {@code yaml} (the user's file) merged over the global defaults, formatted. */
    private List<String> problems(String yaml) {
        new TestFiles(dir).write("ccp.yaml", yaml);
        ConfigTree user = ConfigMerger.merge(new YamlFileLoader("").load(file));
        return ConfigValidator.validate(ConfigMerger.mergeLayers(defaults, List.of(), user)).stream()
                .map(Problem::format).toList();
    }

    @Test
    void theDefaultsAreValid() {
        assertThat(ConfigValidator.validate(defaults)).isEmpty();
    }

    @Test
    void everyProblemIsReportedTogetherWithFileAndLine() {
        assertThat(problems("""
                debug: true
                builder:
                  workers: two
                  push: yes
                regsitry:
                  address: 127.0.0.1:31500
                kubernetes:
                  namespace: CCP_1
                  insecure: 'no'
                replicas:
                  keystone: 0
                  nova-api: 2
                """)).containsExactly(
                file + ":3: builder.workers: expected an integer >= 1, found 'two'",
                file + ":5: regsitry: unknown key (did you mean 'registry'?)",
                file + ":8: kubernetes.namespace: expected a Kubernetes namespace name (lowercase letters, digits "
                        + "and '-', starting and ending with a letter or digit, at most 63 characters), found 'CCP_1'",
                file + ":9: kubernetes.insecure: expected a boolean, found 'no'",
                file + ":11: replicas.keystone: expected an integer >= 1, found 0 (a number)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "verbose_level: loud|1: verbose_level: expected an integer, found 'loud'",
        "log_file: [a]|1: log_file: expected null or a string, found a list",
        "default_log_levels: [a=INFO, 3]|1: default_log_levels[1]: expected a string, found 3 (a number)",
        "configs: 5|1: configs: expected a mapping, found 5 (a number)",
        "files: {keystone.conf: 3}|1: files[\"keystone.conf\"]: expected a string, found 3 (a number)",
        "roles: {controller: keystone}|1: roles.controller: expected a list of strings, found 'keystone'",
        "images: {base_images: base}|1: images.base_images: expected a list of strings, found 'base'",
        "images: {image_specs: {keystone: {tga: x}}}|1: images.image_specs.keystone.tga: unknown key (did you mean 'tag'?)",
        "kubernetes: {image_pull_policy: Sometimes}|1: kubernetes.image_pull_policy: expected null or one of Always, IfNotPresent, Never, found 'Sometimes'",
        "kubernetes: {namespace: a-very-long-namespace-name-that-is-longer-than-sixty-three-characters}|1: kubernetes.namespace: expected a Kubernetes namespace name (lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63 characters), found 'a-very-long-namespace-name-that-is-longer-than-sixty-three-characters'",
        "action: {types: [service-def, other]}|1: action.types[1]: expected one of service-def, found 'other'",
        "action: {types: service-def}|1: action.types: expected null or a list, found 'service-def'",
        "action: {dry_run: null, components: [a, b], nme: x}|1: action.nme: unknown key (did you mean 'name'?)",
        "builder: {docker: {base_uri: x}}|1: builder.docker.base_uri: unknown key (did you mean 'base_url'?)",
        "registry: {timeout: 1.5}|1: registry.timeout: expected an integer >= 1, found 1.5 (a number)",
        "repositories: {clone: maybe}|1: repositories.clone: expected a boolean, found 'maybe'",
        "sources: {openstack/keystone: {git_url: u}}|1: sources[\"openstack/keystone\"]: expected either git_url with git_ref, or source_dir, found git_url without git_ref",
        "sources: {k: {git_url: u, git_ref: r, source_dir: /d}}|1: sources.k: expected either git_url with git_ref, or source_dir, not both",
        "sources: {k: {git_url: u, git_ref: r, branch: b}}|1: sources.k.branch: unknown key",
        "services: {database: {mapping: {}}}|1: services.database: missing required key 'service_def'",
        "services: {database: {service_def: galera, config: {}}}|1: services.database.config: unknown key (did you mean 'configs'?)",
        "nodes: {node1: {role: [a]}}|1: nodes.node1.role: unknown key (did you mean 'roles'?)",
        "nodes: {node1: {roles: controller}}|1: nodes.node1.roles: expected a list of strings, found 'controller'",
        "nodes: {node1: {configs: [a]}}|1: nodes.node1.configs: expected a mapping, found a list",
        "nodes: {node1: null}|1: nodes.node1: expected a mapping, found null",
    })
    void wrongValuesAreNamedWithWhatWasExpected(String yaml, String expected) {
        assertThat(problems(yaml + "\n")).containsExactly(file + ":" + expected);
    }

    @Test
    void invalidNodeRegexIsNamedWithTheRegexError() {
        assertThat(problems("nodes:\n  node[1-3:\n    roles: [controller]\n  node(4:\n    roles: [compute]\n"))
                .containsExactly(
                        file + ":2: nodes[\"node[1-3\"]: invalid regular expression: Unclosed character class near index 7",
                        file + ":4: nodes[\"node(4\"]: invalid regular expression: Unclosed group near index 6");
    }

    @Test
    void repositoriesMustBeCompleteUniqueAndPlainDirectoryNames() {
        assertThat(problems("""
                repositories:
                  repos:
                  - name: fuel-ccp-keystone
                    git_url: https://example.org/keystone
                  - name: fuel-ccp-keystone
                    git_url: https://example.org/keystone-fork
                  - name: ../escape
                    git_url: x
                  - git_url: https://example.org/nameless
                    git_rev: master
                """)).containsExactly(
                file + ":5: repositories.repos[1].name: repository 'fuel-ccp-keystone' is already listed at "
                        + "repositories.repos[0]",
                file + ":7: repositories.repos[2].name: expected a repository name (a directory name: no '/', not '.' "
                        + "or '..'), found '../escape'",
                file + ":9: repositories.repos[3]: missing required key 'name'",
                file + ":10: repositories.repos[3].git_rev: unknown key (did you mean 'git_ref'?)");
    }

    @Test
    void secretsAreNeverShownInMessages() {
        List<String> found = problems("registry:\n  password: [hunter2]\nkubernetes:\n  password: 12345\n");
        assertThat(found).containsExactly(
                file + ":2: registry.password: expected a string, found a list",
                file + ":4: kubernetes.password: expected null or a string, found an integer");
        assertThat(String.join("\n", found)).doesNotContain("hunter2").doesNotContain("12345");
    }

    @Test
    void aProblemWithADefaultValueNamesNoFile() {
        ConfigTree broken = ConfigMerger.overlay(defaults,
                new ConfigTree(java.util.Map.of("verbose_level", "x"), dev.ccp.dsl.yaml.Origins.none()));
        assertThat(ConfigValidator.validate(broken)).extracting(Problem::format)
                .containsExactly("verbose_level: expected an integer, found 'x'");
    }
}
