package dev.ccp.dsl.service.dependency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.dsl.service.ServiceDefinition;
import dev.ccp.dsl.service.TestDefinitions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Definitions here already carry resolved dependencies ({@code service/container}). */
class DependencyCyclesTest {

    private static ServiceDefinition service(String name, String container, String... dependencies) {
        return TestDefinitions.parsed(TestDefinitions.simple(name, container, dependencies));
    }

    @Test
    void daemonsWaitingOnEachOtherAcrossServicesAreACycle() {
        List<List<String>> cycles = DependencyCycles.find(List.of(
                service("keystone", "keystone", "database/galera"),
                service("database", "galera", "keystone/keystone")));

        assertThat(cycles).containsExactly(List.of("database/galera", "keystone/keystone", "database/galera"));
        assertThat(DependencyCycles.byService(cycles.get(0))).isEqualTo("database -> keystone -> database");
    }

    @Test
    void aContainerWaitingOnItselfIsACycle() {
        List<List<String>> cycles = DependencyCycles.find(List.of(service("a", "a", "a/a:local")));

        assertThat(cycles).containsExactly(List.of("a/a", "a/a"));
        assertThat(DependencyCycles.byService(cycles.get(0))).isEqualTo("a -> a");
    }

    @Test
    void aPostJobDependingOnItsOwnContainerIsNoCycle() {
        ServiceDefinition keystone = TestDefinitions.parsed("""
                dsl_version: 0.9.0
                service:
                  name: keystone
                  containers:
                    - name: keystone
                      image: keystone
                      daemon: {command: run}
                      post:
                        - {name: keystone-create-domain, type: single, command: x, dependencies: [keystone/keystone]}
                """);

        assertThat(DependencyCycles.find(List.of(keystone))).isEmpty();
    }

    @Test
    void aContainerWaitingOnItsPostJobIsACycle() {
        ServiceDefinition keystone = TestDefinitions.parsed("""
                dsl_version: 0.9.0
                service:
                  name: keystone
                  containers:
                    - name: keystone
                      image: keystone
                      daemon: {command: run, dependencies: [keystone/keystone-create-domain]}
                      post:
                        - {name: keystone-create-domain, type: single, command: x}
                """);

        assertThat(DependencyCycles.find(List.of(keystone)))
                .containsExactly(List.of("keystone/keystone", "keystone/keystone-create-domain", "keystone/keystone"));
    }

    @Test
    void aPreJobWaitingOnAServiceThatWaitsOnTheContainerIsACycle() {
        ServiceDefinition keystone = TestDefinitions.parsed("""
                dsl_version: 0.9.0
                service:
                  name: keystone
                  containers:
                    - name: keystone
                      image: keystone
                      daemon: {command: run}
                      pre:
                        - {name: keystone-db-create, type: single, command: x, dependencies: [database/galera]}
                """);

        List<List<String>> cycles = DependencyCycles.find(List.of(keystone,
                service("database", "galera", "keystone/keystone")));

        assertThat(cycles).singleElement().satisfies(cycle ->
                assertThat(DependencyCycles.byService(cycle)).isEqualTo("database -> keystone -> database"));
        assertThat(cycles.get(0)).containsExactly("database/galera", "keystone/keystone",
                "keystone/keystone-db-create", "database/galera");
    }

    @Test
    void aLoopClosedOnlyThroughPostWorkIsNoCycle() {
        ServiceDefinition memcached = TestDefinitions.parsed("""
                dsl_version: 0.9.0
                service:
                  name: memcached
                  containers:
                    - name: memcached
                      image: memcached
                      daemon: {command: run}
                      post:
                        - {name: warm-cache, type: single, command: x, dependencies: [keystone/keystone]}
                        - {name: notify, command: y, dependencies: [keystone/keystone]}
                """);

        assertThat(DependencyCycles.find(List.of(memcached, service("keystone", "keystone", "memcached/memcached"))))
                .isEmpty();
    }

    @Test
    void separateCyclesAreEachReported() {
        List<List<String>> cycles = DependencyCycles.find(List.of(
                service("a", "a", "b/b"), service("b", "b", "a/a"),
                service("c", "c", "d/d"), service("d", "d", "c/c"),
                service("e", "e", "a/a")));

        assertThat(cycles).containsExactly(List.of("a/a", "b/b", "a/a"), List.of("c/c", "d/d", "c/c"));
    }
}
