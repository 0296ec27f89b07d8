package dev.ccp.cluster.collision;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CollisionCheckTest {

    @ParameterizedTest(name = "{0} vs {1}: hostNetwork {2}, readOnly {3} -> {4} collisions")
    @CsvSource({
            "node1, node1, true, false, 2",   // port 9696 and /run/openvswitch
            "node1, node2, true, false, 0",   // no common node
            "'node1,node2', 'node2,node3', false, false, 1", // only the written host directory
            "node1, node1, false, true, 0",   // read-only directory, no host port
    })
    void hostPortsAndWrittenHostPathsClashOnCommonNodes(String ourNodes, String theirNodes, boolean hostNetwork,
            boolean readOnly, int expected) {
        List<HostClaim> ours = HostClaims.of(agent("ccp-2", ourNodes, hostNetwork, readOnly), "ccp-2");
        List<HostClaim> theirs = HostClaims.of(agent("ccp-1", theirNodes, hostNetwork, readOnly), "ccp-1");

        assertThat(CollisionCheck.between(ours, theirs)).hasSize(expected);
    }

    @Test
    void aNodePortClashesOnEveryNodeAndNamesBothEnvironments() {
        List<Collision> found = CollisionCheck.between(HostClaims.of(service("ccp-5", 31234), "ccp-5"),
                HostClaims.of(service("ccp-4", 31234), "ccp-4"));

        assertThat(found).extracting(Collision::describe).containsExactly(
                "NodePort 31234: Service/keystone of environment ccp-5 and Service/keystone of environment ccp-4");
        assertThat(CollisionCheck.between(HostClaims.of(service("ccp-5", 31235), "ccp-5"),
                HostClaims.of(service("ccp-4", 31234), "ccp-4"))).isEmpty();
    }

    @Test
    void anEnvironmentNeverCollidesWithItself() {
        List<HostClaim> claims = HostClaims.of(service("ccp-1", 31234), "ccp-1");
        assertThat(CollisionCheck.between(claims, claims)).isEmpty();
    }

    @Test
    void aHostPortCollisionSaysOnWhichNodes() {
        List<Collision> found = CollisionCheck.between(HostClaims.of(agent("ccp-2", "node1,node2", true, true), "ccp-2"),
                HostClaims.of(agent("ccp-1", "node2,node3", true, true), "ccp-1"));
        assertThat(found).extracting(Collision::describe).containsExactly(
                "host port 9696/TCP: DaemonSet/agent of environment ccp-2 and DaemonSet/agent of environment ccp-1 (on node2)");
    }

    @ParameterizedTest(name = "{0} vs {1} -> {2} collisions")
    @CsvSource({
            "identity.external, identity.external, 1",
            "identity.external, identity.other,    0",
            "'identity.external,image.external', 'image.external,identity.external', 2",
    })
    void twoEnvironmentsCannotRouteTheSameIngressHostWhateverTheirNodes(String ourHosts, String theirHosts, int expected) {
        List<Collision> found = CollisionCheck.between(HostClaims.of(ingress("ccp-2", ourHosts), "ccp-2"),
                HostClaims.of(ingress("ccp-1", theirHosts), "ccp-1"));

        assertThat(found).hasSize(expected);
    }

    @Test
    void anIngressHostCollisionNamesBothEnvironmentsAndTheDomainToChange() {
        Collision found = CollisionCheck.between(HostClaims.of(ingress("ccp-2", "identity.external"), "ccp-2"),
                HostClaims.of(ingress("ccp-1", "identity.external"), "ccp-1")).get(0);

        assertThat(found.describe()).isEqualTo(
                "Ingress host identity.external: Ingress/keystone of environment ccp-2 and Ingress/keystone of environment ccp-1");
        assertThat(found.configKey()).isEqualTo("configs.ingress.domain");
        assertThat(found.advice()).isEqualTo("give environment ccp-2 another configs.ingress.domain");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "NODE_PORT    | configs | another node port",
            "HOST_PORT    | nodes   | on other nodes (its topology) or change the port",
            "HOST_PATH    | nodes   | on other nodes (its topology) or change the host path",
    })
    void everyCollisionSaysWhichKeyDecidesItAndWhatToChange(HostClaim.Resource resource, String key, String advice) {
        HostClaim ours = new HostClaim(resource, "1", java.util.Set.of(), "ccp-2", dev.ccp.cluster.ObjectRef.of(service("ccp-2", 1)));
        HostClaim theirs = new HostClaim(resource, "1", java.util.Set.of(), "ccp-1", dev.ccp.cluster.ObjectRef.of(service("ccp-1", 1)));

        Collision found = new Collision(ours, theirs);

        assertThat(found.configKey()).isEqualTo(key);
        assertThat(found.advice()).contains("Service/keystone of environment ccp-2", advice);
    }

    private static HasMetadata ingress(String namespace, String hosts) {
        IngressBuilder ingress = new IngressBuilder().withNewMetadata().withName("keystone").withNamespace(namespace)
                .endMetadata();
        var spec = ingress.withNewSpec();
        for (String host : hosts.split(",")) {
            spec.addNewRule().withHost(host).endRule();
        }
        return spec.endSpec().build();
    }

    private static HasMetadata service(String namespace, int nodePort) {
        return new ServiceBuilder().withNewMetadata().withName("keystone").withNamespace(namespace).endMetadata()
                .withNewSpec().withType("NodePort").addNewPort().withPort(5000).withNodePort(nodePort).endPort().endSpec()
                .build();
    }

    private static HasMetadata agent(String namespace, String nodes, boolean hostNetwork, boolean readOnly) {
        return new DaemonSetBuilder().withNewMetadata().withName("agent").withNamespace(namespace).endMetadata()
                .withNewSpec().withNewTemplate().withNewSpec()
                .withHostNetwork(hostNetwork)
                .withNewAffinity().withNewNodeAffinity().withNewRequiredDuringSchedulingIgnoredDuringExecution()
                .addNewNodeSelectorTerm().addNewMatchExpression().withKey("kubernetes.io/hostname").withOperator("In")
                .withValues(List.of(nodes.split(","))).endMatchExpression().endNodeSelectorTerm()
                .endRequiredDuringSchedulingIgnoredDuringExecution().endNodeAffinity().endAffinity()
                .addNewContainer().withName("agent").addNewPort().withContainerPort(9696).withProtocol("TCP").endPort()
                .addNewVolumeMount().withName("ovs").withMountPath("/run/openvswitch").withReadOnly(readOnly).endVolumeMount()
                .endContainer()
                .addNewVolume().withName("ovs").withNewHostPath().withPath("/run/openvswitch").endHostPath().endVolume()
                .endSpec().endTemplate().endSpec().build();
    }
}
