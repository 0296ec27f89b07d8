package dev.ccp.dsl.component;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.service.RawDefinition;
import dev.ccp.dsl.service.ServiceProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComponentLoaderTest {

    @Test
    void loadsEveryRepositoryWithAServiceDirectory() {
        LoadedComponents loaded = Fixtures.loadOpenstack(Map.of());

        assertThat(loaded.components()).extracting(Component::name)
                .containsExactly("etcd", "galera", "keystone", "memcached", "nova", "rabbitmq");
        assertThat(loaded.problems()).isEmpty();
    }

    @Test
    void keysDefinitionsByServiceNameAndAddsAliases() {
        LoadedComponents loaded = Fixtures.loadOpenstack(Fixtures.standardAliases());

        assertThat(loaded.definitions()).extracting(RawDefinition::serviceName).containsExactly("database", "etcd",
                "galera", "keystone", "memcached", "notifications", "nova-api", "nova-compute", "nova-conductor",
                "nova-libvirt", "rabbitmq", "rpc");
        RawDefinition database = loaded.definition("database").orElseThrow();
        assertThat(database.isAlias()).isTrue();
        assertThat(database.baseService()).isEqualTo("galera");
        assertThat(database.component()).isEqualTo("galera");
        assertThat(database.file()).endsWith("fuel-ccp-galera/service/galera.yaml");
        assertThat(database.root().get("service")).asInstanceOf(
                InstanceOfAssertFactories.MAP).containsEntry("name", "database");
        assertThat(loaded.problems()).isEmpty();
    }

    @Test
    void anAliasIsRenderedAgainWithItsOwnContext() {
        Fixtures.MapContexts contexts = new Fixtures.MapContexts(Fixtures.openstackConfigs(),
                Map.of("keystone-db", Map.of("percona", Map.of("port", 33306))));

        LoadedComponents loaded = ComponentLoader.standard().load(Fixtures.repositories("openstack"), contexts,
                Map.of("keystone-db", Map.of("service_def", "galera")));

        assertThat(firstPort(loaded.definition("keystone-db").orElseThrow())).isEqualTo(33306);
        assertThat(firstPort(loaded.definition("galera").orElseThrow())).isEqualTo(3306);
    }

    @Test
    void anAliasNamedLikeAServiceReplacesIt() {
        Map<String, Object> tls = new HashMap<>(Fixtures.openstackConfigs());
        tls.put("keystone", Map.of("public_port", 5000, "admin_port", 35357, "tls", Map.of("enabled", true)));
        Fixtures.MapContexts contexts = new Fixtures.MapContexts(Fixtures.openstackConfigs(), Map.of("keystone", tls));

        LoadedComponents loaded = ComponentLoader.standard().load(Fixtures.repositories("openstack"), contexts,
                Map.of("keystone", Map.of("service_def", "keystone", "mapping", Map.of("database", "keystone-db"))));

        assertThat(loaded.definitions()).filteredOn(d -> "keystone".equals(d.serviceName())).singleElement()
                .satisfies(keystone -> {
                    assertThat(keystone.isAlias()).isFalse();
                    assertThat(at(keystone.document(), "service", "containers", 0, "probes", "readiness", "scheme"))
                            .isEqualTo("https");
                });
        assertThat(loaded.services().mappings()).containsEntry("keystone", Map.of("database", "keystone-db"));
    }

    @Test
    void aServiceDefNamingNoServiceIsReported() {
        LoadedComponents loaded = Fixtures.loadOpenstack(Map.of("ghost", Map.of("service_def", "galerra")));

        assertThat(loaded.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.service()).isEqualTo("ghost");
            assertThat(problem.problem().keyPath()).isEqualTo("services.ghost.service_def");
            assertThat(problem.problem().message()).startsWith(
                    "expected the name of a service, found 'galerra' (did you mean 'galera'?); services: etcd, galera,");
        });
        assertThat(loaded.definition("ghost")).isEmpty();
    }

    @Test
    void anAliasOfADefinitionThatFailedToRenderIsNotReportedAgain() {
        LoadedComponents loaded = ComponentLoader.standard().load(Fixtures.repositories("broken"),
                Fixtures.MapContexts.of(Map.of()), Map.of("copy", Map.of("service_def", "render-error")));

        assertThat(loaded.problems()).extracting(ServiceProblem::problem).extracting(Problem::keyPath)
                .doesNotContain("services.copy.service_def");
        assertThat(problemsIn(loaded, "render-error.yaml")).hasSize(1);
    }

    @Test
    void readsTemplatesActionsAndUpgrades() {
        LoadedComponents loaded = Fixtures.loadOpenstack(Map.of());

        Component galera = loaded.component("galera").orElseThrow();
        assertThat(galera.templates()).containsOnlyKeys("backup-db.sh.j2", "galera_checker.conf.j2", "my.cnf.j2");
        assertThat(galera.templates().get("my.cnf.j2")).isRegularFile();
        assertThat(galera.actions()).singleElement().satisfies(action -> {
            assertThat(action.name()).isEqualTo("backup-db");
            assertThat(action.component()).isEqualTo("galera");
            assertThat(action.image()).isEqualTo("mysql-client");
            assertThat(action.dependencies()).containsExactly("database");
            assertThat(action.files()).singleElement().satisfies(file -> {
                assertThat(file.content()).isEqualTo("backup-db.sh.j2");
                assertThat(file.perm()).isEqualTo("0755");
            });
            assertThat(action.parameters()).containsExactly(new ActionParameter("db", "all"));
            assertThat(action.restartPolicy()).isEqualTo(RestartPolicy.NEVER);
        });
        Component keystone = loaded.component("keystone").orElseThrow();
        assertThat(keystone.upgrades()).containsOnlyKeys("default");
        assertThat(keystone.upgrades().get("default").document().get("upgrade")).asInstanceOf(
                InstanceOfAssertFactories.MAP).containsEntry("name", "upgrade-keystone");
        assertThat(loaded.component("etcd").orElseThrow().templates())
                .containsOnlyKeys("defaults.yaml", "etcd-start.sh.j2");
    }

    @Test
    void mergesExportsIntoKeysAndTheImportHeader() {
        Exports exports = Fixtures.loadOpenstack(Map.of()).exports();

        assertThat(exports.templates()).containsOnlyKeys("keystoneauthtokenj", "oslomessagingj");
        assertThat(exports.templates().get("oslomessagingj").fileName()).isEqualTo("oslo_messaging.j2");
        assertThat(exports.templates().get("oslomessagingj").body()).contains("macro rabbit(cfg_type)");
        assertThat(exports.importHeader()).isEqualTo(
                "{% import 'keystone_authtoken.j2' as keystone_authtoken with context %}"
                        + "{% import 'oslo_messaging.j2' as oslo_messaging with context %}");
    }

    @Test
    void exportsWithTheSameKeyAreMergedSortedKeepingTheFirstName(@TempDir Path root) throws IOException {
        write(root.resolve("fuel-ccp-one/exports/common.j2"), "second body");
        write(root.resolve("fuel-ccp-two/exports/com_mon.j2"), "first body");

        Exports exports = ComponentLoader.standard().load(
                List.of(repository(root, "fuel-ccp-one"), repository(root, "fuel-ccp-two")),
                Fixtures.MapContexts.of(Map.of()), Map.of()).exports();

        assertThat(exports.templates()).containsOnlyKeys("commonj");
        assertThat(exports.templates().get("commonj"))
                .isEqualTo(new ExportedTemplate("commonj", "common.j2", "first body\nsecond body"));
    }

    @Test
    void laterDefinitionsOfAServiceNameWin(@TempDir Path root) throws IOException {
        String definition = "dsl_version: 0.9.0\nservice: {name: dup, containers: [{name: c, image: %s,"
                + " daemon: {command: x}}]}\n";
        write(root.resolve("fuel-ccp-one/service/dup.yaml"), definition.formatted("one"));
        write(root.resolve("fuel-ccp-two/service/dup.yaml"), definition.formatted("two"));

        LoadedComponents loaded = ComponentLoader.standard().load(
                List.of(repository(root, "fuel-ccp-one"), repository(root, "fuel-ccp-two")),
                Fixtures.MapContexts.of(Map.of()), Map.of());

        assertThat(loaded.definitions()).singleElement()
                .satisfies(dup -> assertThat(dup.component()).isEqualTo("two"));
    }

    @Test
    void aTemplateErrorNamesTheFileAndLine() {
        LoadedComponents loaded = loadBroken(Set.of());

        assertThat(problemsIn(loaded, "render-error.yaml")).singleElement()
                .satisfies(problem -> assertThat(problem.line()).isEqualTo(5));
    }

    @Test
    void aYamlErrorInARenderedDefinitionNamesTheFileAndLine() {
        LoadedComponents loaded = loadBroken(Set.of());

        assertThat(problemsIn(loaded, "yaml-error.yaml")).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(7);
            assertThat(problem.message()).startsWith("invalid YAML after rendering");
        });
    }

    @Test
    void anUndefinedVariableIsAnErrorNamingTheFile() {
        LoadedComponents loaded = ComponentLoader.standard().load(Fixtures.repositories("undefined"),
                Fixtures.MapContexts.of(Map.of()), Map.of());

        assertThat(loaded.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.problem().file()).endsWith("fuel-ccp-gamma/service/gamma.yaml");
            assertThat(problem.problem().line()).isEqualTo(5);
            assertThat(problem.problem().message()).contains("no_such_variable");
        });
    }

    @Test
    void aFileContentNamingNoTemplateIsReportedWithASuggestion() {
        LoadedComponents loaded = loadBroken(Set.of());

        assertThat(problemsIn(loaded, "beta.yaml")).singleElement().satisfies(problem -> {
            assertThat(problem.keyPath()).isEqualTo("files.beta-conf.content");
            assertThat(problem.message()).startsWith("expected the name of a file in ")
                    .endsWith("fuel-ccp-beta/service/files, found 'beta.conf.j3' (did you mean 'beta.conf.j2'?)");
        });
    }

    @Test
    void filesSetInTheConfigurationAreNotCheckedAgainstTheRepository() {
        LoadedComponents loaded = loadBroken(Set.of("beta-conf"));

        assertThat(problemsIn(loaded, "beta.yaml")).isEmpty();
    }

    @Test
    void actionsWithUnknownKeysAreReported() {
        LoadedComponents loaded = loadBroken(Set.of());

        assertThat(problemsIn(loaded, "actions/bad.yaml")).singleElement().satisfies(problem -> {
            assertThat(problem.keyPath()).isEqualTo("actions[0].restart_polcy");
            assertThat(problem.message()).startsWith(
                    "Invalid keys 'restart_polcy' for 'bad-action' action (did you mean 'restart_policy'?)");
        });
        assertThat(loaded.component("beta").orElseThrow().actions()).isEmpty();
    }

    @Test
    void exportsMustBeNamedLikeIdentifiers() {
        LoadedComponents loaded = loadBroken(Set.of());

        assertThat(problemsIn(loaded, "exports/9lives.j2")).singleElement()
                .satisfies(problem -> assertThat(problem.message()).startsWith("Wrong templates file naming"));
        assertThat(loaded.exports().templates()).isEmpty();
    }

    @Test
    void aRepositoryWithoutServiceDirectoryIsSkipped() {
        List<ComponentRepository> repositories = Fixtures.repositories("openstack");

        assertThat(repositories).extracting(ComponentRepository::name).contains("fuel-ccp-debian-base");
        assertThat(Fixtures.loadOpenstack(Map.of()).component("debian-base")).isEmpty();
    }

    private static LoadedComponents loadBroken(Set<String> configuredFiles) {
        return ComponentLoader.standard().load(Fixtures.repositories("broken"), Fixtures.MapContexts.of(Map.of()),
                Map.of(), configuredFiles);
    }

    private static List<Problem> problemsIn(LoadedComponents loaded, String fileSuffix) {
        return loaded.problems().stream().map(ServiceProblem::problem)
                .filter(problem -> problem.file() != null && problem.file().endsWith(fileSuffix)).toList();
    }

    private static Object firstPort(RawDefinition definition) {
        return at(definition.document(), "service", "ports", 0, "cont");
    }

    /** The value at {@code path} (mapping keys and list indexes) inside a parsed document. */
    private static Object at(Object document, Object... path) {
        Object value = document;
        for (Object step : path) {
            value = step instanceof Integer index ? ((List<?>) value).get(index) : ((Map<?, ?>) value).get(step);
        }
        return value;
    }

    private static ComponentRepository repository(Path root, String name) {
        return new ComponentRepository(name, root.resolve(name));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
