package dev.ccp.cluster.collision;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
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
