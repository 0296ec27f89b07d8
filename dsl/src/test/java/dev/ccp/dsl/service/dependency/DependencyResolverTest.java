package dev.ccp.dsl.service.dependency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.ccp.dsl.service.RawDefinition;
import dev.ccp.dsl.service.ServiceDefinition;
import dev.ccp.dsl.service.TestDefinitions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DependencyResolverTest {

    private static final String GALERA = """
            dsl_version: 0.2.0
            service:
              name: galera
              containers:
                - {name: galera-checker, image: a, daemon: {command: a, dependencies: [etcd]}}
                - {name: galera-haproxy, image: b, daemon: {command: b, dependencies: [etcd]}}
                - {name: galera, image: c, daemon: {command: c, dependencies: [etcd]}}
            """;
    private static final String KEYSTONE = """
            dsl_version: 0.9.0
            service:
              name: keystone
              containers:
                - name: keystone
                  image: keystone
                  pre:
                    - {name: keystone-db-create, type: single, command: x, dependencies: [database]}
                  daemon: {command: run, dependencies: [memcached, "nova-libvirt:local", "database:local"]}
            """;

    private final List<RawDefinition> base = List.of(
            TestDefinitions.raw(GALERA),
            TestDefinitions.raw(KEYSTONE),
            TestDefinitions.raw(TestDefinitions.simple("etcd", "etcd")),
            TestDefinitions.raw(TestDefinitions.simple("memcached", "memcached")),
            TestDefinitions.raw(TestDefinitions.simple("nova-libvirt", "nova-libvirt")));

    private DependencyResolver resolver(Map<String, Map<String, String>> mappings, RawDefinition... aliases) {
        Map<String, List<String>> containers = new LinkedHashMap<>();
        base.forEach(definition -> containers.put(definition.serviceName(), definition.containerNames()));
        for (RawDefinition alias : aliases) {
            containers.put(alias.serviceName(), alias.containerNames());
        }
        return new DependencyResolver(DependencyLookup.of(base), containers, mappings);
    }

    private static RawDefinition alias(String alias, String text) {
        return RawDefinition.alias(alias, "galera", TestDefinitions.raw(text));
    }

    @Test
    void containerNamesWinOverServiceNames() {
        ServiceDefinition galera = TestDefinitions.parsed(GALERA);

        DependencyResolver.Resolution resolution = resolver(Map.of()).resolve(galera);

        assertThat(resolution.unresolved()).isEmpty();
        assertThat(resolution.resolved().service().containers())
                .allSatisfy(container -> assertThat(container.daemon().dependencies()).containsExactly("etcd/etcd"));
    }

    @Test
    void serviceNamesExpandToEveryContainerAndDropLocal() {
        DependencyResolver.Resolution resolution = resolver(Map.of(), alias("database", GALERA))
                .resolve(TestDefinitions.parsed(KEYSTONE));

        var keystone = resolution.resolved().service().containers().get(0);
        assertThat(keystone.pre().get(0).dependencies())
                .containsExactly("database/galera-checker", "database/galera-haproxy", "database/galera");
        assertThat(keystone.daemon().dependencies()).containsExactly("memcached/memcached",
                "nova-libvirt/nova-libvirt:local", "database/galera-checker", "database/galera-haproxy",
                "database/galera");
    }

    @Test
    void mappingRedirectsServiceNames() {
        DependencyResolver.Resolution resolution = resolver(Map.of("keystone", Map.of("database", "keystone-db")),
                alias("keystone-db", GALERA)).resolve(TestDefinitions.parsed(KEYSTONE));

        assertThat(resolution.resolved().service().containers().get(0).pre().get(0).dependencies())
                .containsExactly("keystone-db/galera-checker", "keystone-db/galera-haproxy", "keystone-db/galera");
    }

    @Test
    void mappingRedirectsTheOwnerOfAContainerName() {
        RawDefinition memcachedKeystone = RawDefinition.alias("memcached-keystone", "memcached",
                TestDefinitions.raw(TestDefinitions.simple("memcached", "memcached")));

        DependencyResolver.Resolution resolution = resolver(
                Map.of("keystone", Map.of("memcached", "memcached-keystone")), alias("database", GALERA),
                memcachedKeystone).resolve(TestDefinitions.parsed(KEYSTONE));

        assertThat(resolution.resolved().service().containers().get(0).daemon().dependencies())
                .startsWith("memcached-keystone/memcached", "nova-libvirt/nova-libvirt:local");
    }

    @Test
    void unresolvedDependenciesAreAllReportedWithTheirKeyPaths() {
        ServiceDefinition broken = TestDefinitions.parsed("""
                dsl_version: 0.9.0
                service:
                  name: broken
                  containers:
                    - name: broken
                      image: broken
                      pre:
                        - {name: broken-job, type: single, command: x, dependencies: [memcahced]}
                      daemon: {command: run, dependencies: [etcd, nothing-at-all]}
                """);

        DependencyResolver.Resolution resolution = resolver(Map.of()).resolve(broken);

        assertThat(resolution.unresolved()).extracting(UnresolvedDependency::keyPath, UnresolvedDependency::dependency)
                .containsExactly(
                        tuple("service.containers[0].pre[0].dependencies[0]", "memcahced"),
                        tuple("service.containers[0].daemon.dependencies[1]",
                                "nothing-at-all"));
        assertThat(resolution.unresolved().get(0).message()).isEqualTo("Dependency \"memcahced\" not found: no"
                + " container, single job or service has that name (did you mean 'memcached'?) (service 'broken')");
        assertThat(resolution.unresolved().get(0).toProblem().format()).startsWith(
                "broken.yaml: service.containers[0].pre[0].dependencies[0]: Dependency \"memcahced\" not found");
        assertThat(resolution.resolved().service().containers().get(0).daemon().dependencies())
                .containsExactly("etcd/etcd");
    }

    @Test
    void aMappingToNoServiceIsUnresolved() {
        DependencyResolver.Resolution resolution = resolver(Map.of("keystone", Map.of("database", "keystone-bd")),
                alias("keystone-db", GALERA)).resolve(TestDefinitions.parsed(KEYSTONE));

        assertThat(resolution.unresolved()).extracting(UnresolvedDependency::message).contains(
                "Dependency \"database\" is mapped (services.keystone.mapping.database) to 'keystone-bd', which is"
                        + " not a service (did you mean 'keystone-db'?)");
    }

    @Test
    void aNameOwnedByTwoServicesIsAmbiguous() {
        List<RawDefinition> definitions = List.of(
                TestDefinitions.raw(TestDefinitions.simple("nginx-a", "nginx")),
                TestDefinitions.raw(TestDefinitions.simple("nginx-b", "nginx")));
        DependencyResolver resolver = new DependencyResolver(DependencyLookup.of(definitions),
                Map.of("nginx-a", List.of("nginx"), "nginx-b", List.of("nginx"), "user", List.of("user")), Map.of());

        DependencyResolver.Resolution resolution = resolver.resolve(
                TestDefinitions.parsed(TestDefinitions.simple("user", "user", "nginx")));

        assertThat(resolution.unresolved()).singleElement().satisfies(unresolved -> assertThat(unresolved.message())
                .startsWith("Dependency \"nginx\" is ambiguous: 'nginx' is a container or job of services nginx-a,"
                        + " nginx-b"));
    }

    @Test
    void aliasesAreNotInTheLookup() {
        DependencyLookup lookup = DependencyLookup.of(List.of(TestDefinitions.raw(GALERA), alias("database", GALERA)));

        assertThat(lookup.servicesOf("galera-checker")).containsExactly("galera");
    }

    @Test
    void singleJobsAreInTheLookupButLocalCommandsAreNot() {
        DependencyLookup lookup = DependencyLookup.of(List.of(TestDefinitions.raw("""
                dsl_version: 0.9.0
                service:
                  name: s
                  containers:
                    - name: c
                      image: c
                      pre: [{name: job, type: single, command: x}, {name: local-step, command: y}]
                      daemon: {command: run}
                      post: [{name: post-job, type: single, command: x}]
                """)));

        assertThat(lookup.names()).containsExactly("c", "job", "post-job");
    }
}
