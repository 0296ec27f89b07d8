package dev.ccp.dsl.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.service.Container;
import dev.ccp.dsl.service.DslVersion;
import dev.ccp.dsl.service.RawDefinition;
import dev.ccp.dsl.service.ServiceDefinition;
import dev.ccp.dsl.service.TestDefinitions;
import dev.ccp.dsl.service.dependency.UnresolvedDependency;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceCatalogTest {

    private static ServiceCatalog openstack() {
        return Fixtures.loadOpenstack(Fixtures.standardAliases()).catalog();
    }

    private static Container container(ServiceCatalog catalog, String service, int index) {
        return catalog.definition(service).orElseThrow().service().containers().get(index);
    }

    @Test
    void theOpenstackFixtureIsValid() {
        ServiceCatalog catalog = openstack();

        assertThatCode(catalog::requireValid).doesNotThrowAnyException();
        assertThat(catalog.isValid()).isTrue();
        assertThat(catalog.definitions()).hasSize(12);
    }

    @Test
    void serviceDependenciesExpandToEveryContainerOfTheAlias() {
        Container keystone = container(openstack(), "keystone", 0);

        assertThat(keystone.pre().get(0).dependencies())
                .containsExactly("database/galera-checker", "database/galera-haproxy", "database/galera");
        assertThat(keystone.daemon().dependencies()).containsExactly("memcached/memcached");
    }

    @Test
    void containerNamesResolveToTheirService() {
        ServiceCatalog catalog = openstack();

        for (String service : List.of("galera", "database")) {
            assertThat(catalog.definition(service).orElseThrow().service().containers())
                    .allSatisfy(c -> assertThat(c.daemon().dependencies()).containsExactly("etcd/etcd"));
        }
        assertThat(container(catalog, "rabbitmq", 0).daemon().dependencies()).containsExactly("etcd/etcd");
    }

    @Test
    void novaComputeDependenciesAreAsObserved() {
        assertThat(container(openstack(), "nova-compute", 0).daemon().dependencies()).containsExactly(
                "nova-api/nova-db-migrations", "nova-libvirt/nova-libvirt:local", "nova-conductor/nova-conductor",
                "rpc/rabbitmq", "notifications/rabbitmq");
    }

    @Test
    void mappingRedirectsKeystoneToItsOwnDatabase() {
        Map<String, Object> services = new HashMap<>(Fixtures.standardAliases());
        services.put("keystone", Map.of("service_def", "keystone", "mapping", Map.of("database", "keystone-db")));
        services.put("keystone-db", Map.of("service_def", "galera"));

        ServiceCatalog catalog = Fixtures.loadOpenstack(services).catalog();

        assertThat(container(catalog, "keystone", 0).pre().get(0).dependencies())
                .containsExactly("keystone-db/galera-checker", "keystone-db/galera-haproxy", "keystone-db/galera");
        assertThat(catalog.graph().closure(Set.of("keystone"))).containsExactly("etcd", "keystone-db", "memcached");
        assertThat(catalog.isValid()).isTrue();
    }

    @Test
    void showDepMatchesTheObservedClosures() {
        ServiceCatalog catalog = openstack();

        assertThat(catalog.graph().closure(Set.of("keystone"))).containsExactly("database", "etcd", "memcached");
        assertThat(catalog.graph().closure(Set.of("nova-compute"))).containsExactly("database", "etcd", "keystone",
                "memcached", "notifications", "nova-api", "nova-conductor", "nova-libvirt", "rpc");
        assertThat(catalog.graph().closure(Set.of("etcd"))).isEmpty();
    }

    @Test
    void southParkDependenciesResolveToColorado() {
        ServiceCatalog catalog = ComponentLoader.standard().load(Fixtures.repositories("south-park"),
                Fixtures.MapContexts.of(Map.of()), Map.of()).catalog();

        Container kenny = container(catalog, "south-park", 0);
        assertThat(kenny.daemon().dependencies()).containsExactly("colorado/stan", "colorado/kyle");
        assertThat(kenny.preJobs().get(0).dependencies()).containsExactly("colorado/cartman-dad");
        assertThat(kenny.postJobs().get(0).dependencies()).containsExactly("colorado/eric-dad");
        assertThat(catalog.graph().toDot()).isEqualTo("""
                digraph dependencies {
                  "colorado";
                  "south-park";
                  "south-park" -> "colorado";
                }
                """);
    }

    @Test
    void everyProblemOfEveryComponentIsReportedTogether() {
        ServiceCatalog catalog = ComponentLoader.standard().load(Fixtures.repositories("broken"),
                Fixtures.MapContexts.of(Map.of()), Map.of("ghost", Map.of("service_def", "alpah"))).catalog();

        assertThatThrownBy(catalog::requireValid).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.summary()).isEqualTo("Service definitions are not valid");
            assertThat(e.problems()).extracting(ServiceCatalogTest::where).containsExactlyInAnyOrder(
                    "services.ghost.service_def",
                    "9lives.j2:",
                    "render-error.yaml:",
                    "bad.yaml:actions[0].restart_polcy",
                    "yaml-error.yaml:",
                    "beta.yaml:files.beta-conf.content",
                    "alpha.yaml:service.containers[0].probes.readiness.type",
                    "alpha.yaml:service.containers[0].volumes[0]",
                    "beta.yaml:service.hostNetwrok",
                    "newer.yaml:dsl_version");
        });
    }

    @Test
    void aDefinitionFailingTheVersionGateIsNotSchemaChecked() {
        ServiceCatalog catalog = ComponentLoader.standard().load(Fixtures.repositories("broken"),
                Fixtures.MapContexts.of(Map.of()), Map.of()).catalog();

        assertThat(catalog.problems()).filteredOn(p -> "newer".equals(p.service())).singleElement()
                .satisfies(p -> assertThat(p.problem().message())
                        .isEqualTo("service version (0.11.0) greater than parser version (0.10.0)"));
    }

    @Test
    void validateOfSomeServicesSkipsTheProblemsOfOthersButNotGlobalOnes() {
        ServiceCatalog catalog = ComponentLoader.standard().load(Fixtures.repositories("broken"),
                Fixtures.MapContexts.of(Map.of()), Map.of()).catalog();

        assertThatThrownBy(() -> catalog.requireValid(List.of("alpha")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(ServiceCatalogTest::where)
                        .contains("alpha.yaml:service.containers[0].volumes[0]", "render-error.yaml:")
                        .doesNotContain("beta.yaml:service.hostNetwrok", "newer.yaml:dsl_version"));
        assertThatThrownBy(() -> catalog.requireValid(List.of("alpah")))
                .hasMessageStartingWith("Following components do not match any definitions: alpah");
    }

    @Test
    void unresolvedDependenciesAreAllReportedButDeployOnlyFailsForReachableOnes() {
        ServiceCatalog catalog = catalogOf(
                TestDefinitions.simple("etcd", "etcd"),
                TestDefinitions.simple("keystone", "keystone", "memcahced", "etcd"),
                TestDefinitions.simple("horizon", "horizon", "keystone", "nothing"),
                TestDefinitions.simple("memcached", "memcached"));

        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.unresolved()).extracting(UnresolvedDependency::service, UnresolvedDependency::dependency)
                .containsExactly(tuple("horizon", "nothing"),
                        tuple("keystone", "memcahced"));
        assertThatThrownBy(catalog::requireResolved).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).hasSize(2));
        assertThatThrownBy(catalog::requireValid).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).hasSize(2));
        assertThatCode(() -> catalog.requireDeployable(List.of("memcached"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> catalog.requireDeployable(List.of("keystone")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::message).singleElement().asString()
                        .startsWith("Dependency \"memcahced\" not found"));
        assertThatThrownBy(() -> catalog.requireDeployable(List.of("horizon")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).hasSize(2));
    }

    @Test
    void aDependencyCycleIsRejectedNamingIt() {
        ServiceCatalog catalog = catalogOf(Map.of("database", Map.of("service_def", "galera")),
                TestDefinitions.simple("keystone", "keystone", "database"),
                TestDefinitions.simple("galera", "galera", "keystone"));

        assertThatThrownBy(catalog::requireValid).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(Problem::message).containsExactly(
                        "dependency cycle: database -> keystone -> database"
                                + " (database/galera -> keystone/keystone -> database/galera)"));
    }

    @Test
    void anOlderToolVersionRejectsNewerDefinitions() {
        LoadedComponents loaded = Fixtures.loadOpenstack(Fixtures.standardAliases());

        ServiceCatalog catalog = ServiceCatalog.build(loaded, DslVersion.parse("0.4.0"));

        assertThat(catalog.problems()).extracting(p -> p.service())
                .containsExactlyInAnyOrder("keystone", "rabbitmq", "notifications", "rpc");
        assertThat(catalog.definition("keystone")).isEmpty();
    }

    @Test
    void resolvedDefinitionsKeepEverythingElse() {
        ServiceDefinition keystone = openstack().definition("keystone").orElseThrow();

        assertThat(keystone.component()).isEqualTo("keystone");
        assertThat(Path.of(keystone.file()).getFileName().toString()).isEqualTo("keystone.yaml");
        assertThat(keystone.secrets().get("fernet").secret().defaultMode()).isEqualTo(0400);
        assertThat(keystone.service().ports()).extracting(p -> p.cont()).containsExactly(5000, 35357);
    }

    private static ServiceCatalog catalogOf(String... definitions) {
        return catalogOf(Map.of(), definitions);
    }

    private static ServiceCatalog catalogOf(Map<String, Object> services, String... definitions) {
        List<RawDefinition> raw = Arrays.stream(definitions).map(TestDefinitions::raw).toList();
        ServicesSection section = ServicesSection.parse(services);
        List<RawDefinition> all = new ArrayList<>(raw);
        section.aliases().forEach((alias, base) -> all.add(RawDefinition.alias(alias, base,
                raw.stream().filter(d -> base.equals(d.serviceName())).findFirst().orElseThrow())));
        return ServiceCatalog.build(new LoadedComponents(List.of(), Exports.NONE, all, section, List.of()),
                DslVersion.CURRENT);
    }

    /** {@code <file name>:<key path>}, or just the key path for problems without a file. */
    private static String where(Problem problem) {
        if (problem.file() == null) {
            return problem.keyPath();
        }
        return Path.of(problem.file()).getFileName() + ":" + problem.keyPath();
    }
}
