package dev.ccp.dsl.service.dependency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.service.ServiceDefinition;
import dev.ccp.dsl.service.TestDefinitions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DependencyGraphTest {

    /** The service graph of the observed default deployment (REFERENCE 1.7), reduced to what matters. */
    private static final DependencyGraph OPENSTACK = DependencyGraph.fromEdges(Map.ofEntries(
            Map.entry("etcd", List.of()),
            Map.entry("database", List.of("etcd")),
            Map.entry("galera", List.of("etcd")),
            Map.entry("memcached", List.of()),
            Map.entry("rpc", List.of("etcd")),
            Map.entry("notifications", List.of("etcd")),
            Map.entry("keystone", List.of("database", "memcached")),
            Map.entry("nova-api", List.of("database", "keystone", "memcached")),
            Map.entry("nova-conductor", List.of("nova-api", "rpc")),
            Map.entry("nova-libvirt", List.of()),
            Map.entry("nova-compute", List.of("nova-api", "nova-libvirt", "nova-conductor", "rpc", "notifications"))));

    @Test
    void showDepKeystone() {
        assertThat(OPENSTACK.closure(Set.of("keystone"))).containsExactly("database", "etcd", "memcached");
    }

    @Test
    void showDepNovaCompute() {
        assertThat(OPENSTACK.closure(Set.of("nova-compute"))).containsExactly("database", "etcd", "keystone",
                "memcached", "notifications", "nova-api", "nova-conductor", "nova-libvirt", "rpc");
    }

    @Test
    void showDepEtcdIsEmpty() {
        assertThat(OPENSTACK.closure(Set.of("etcd"))).isEmpty();
    }

    @Test
    void closureExcludesEveryRequestedService() {
        assertThat(OPENSTACK.closure(Set.of("keystone", "database"))).containsExactly("etcd", "memcached");
    }

    @Test
    void etcdIsAddedEvenWhenNothingNeedsIt() {
        assertThat(OPENSTACK.closure(Set.of("memcached"))).containsExactly("etcd");
    }

    @Test
    void unknownNamesAreAllReportedWithSuggestions() {
        assertThatThrownBy(() -> OPENSTACK.closure(List.of("keystne", "keystone", "zzz")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.summary())
                            .isEqualTo("Following components do not match any definitions: keystne zzz");
                    assertThat(e.problems()).extracting(Problem::message).containsExactly(
                            "'keystne' is not a service (did you mean 'keystone'?)", "'zzz' is not a service");
                });
    }

    @Test
    void edgesComeFromResolvedDependenciesWithoutSelfEdges() {
        ServiceDefinition keystone = TestDefinitions.parsed(TestDefinitions.simple("keystone", "keystone",
                "database/galera", "memcached/memcached", "keystone/keystone-db-create", "nova-libvirt/nova-libvirt:local"));

        DependencyGraph graph = DependencyGraph.of(List.of("keystone", "database", "memcached", "nova-libvirt"),
                List.of(keystone));

        assertThat(graph.dependenciesOf("keystone")).containsExactly("database", "memcached", "nova-libvirt");
        assertThat(graph.services()).containsExactly("database", "keystone", "memcached", "nova-libvirt");
    }

    @Test
    void dotListsSortedNodesThenSortedEdges() {
        DependencyGraph graph = DependencyGraph.fromEdges(Map.of(
                "south-park", List.of("colorado", "canada"),
                "colorado", List.of()));

        assertThat(graph.toDot()).isEqualTo("""
                digraph dependencies {
                  "canada";
                  "colorado";
                  "south-park";
                  "south-park" -> "canada";
                  "south-park" -> "colorado";
                }
                """);
    }

    @Test
    void reachableIncludesTheStart() {
        assertThat(OPENSTACK.reachableFrom(Set.of("keystone")))
                .containsExactly("database", "etcd", "keystone", "memcached");
    }
}
