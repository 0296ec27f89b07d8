package dev.ccp.renderer;

import dev.ccp.dsl.service.AntiAffinity;
import dev.ccp.dsl.service.Service;
import dev.ccp.dsl.service.ServiceKind;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.AffinityBuilder;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.NodeAffinity;
import io.fabric8.kubernetes.api.model.NodeAffinityBuilder;
import io.fabric8.kubernetes.api.model.PodAffinityTerm;
import io.fabric8.kubernetes.api.model.PodAffinityTermBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where pods may run (REFERENCE 4.3, in {@code spec.affinity} instead of the alpha annotation):
 * on the topology's nodes, and for some services never two of their pods on one node.
 */
final class Affinities {

    static final String HOSTNAME = "kubernetes.io/hostname";

    private Affinities() {
    }

    /** Only node affinity: a Job on its nodes. */
    static Affinity onNodes(List<String> nodes) {
        return new AffinityBuilder().withNodeAffinity(nodeAffinity(nodes)).build();
    }

    /** Node affinity to the service's nodes, plus pod anti-affinity when {@link #antiAffinity} gives one. */
    static Affinity forService(Service service, List<String> nodes, String namespace) {
        AffinityBuilder affinity = new AffinityBuilder().withNodeAffinity(nodeAffinity(nodes));
        antiAffinity(service, namespace).ifPresent(term -> affinity.withNewPodAntiAffinity()
                .withRequiredDuringSchedulingIgnoredDuringExecution(term).endPodAntiAffinity());
        return affinity.build();
    }

    /**
     * One pod of the service per node. Cluster-wide (every namespace, so two environments on one
     * host cannot clash) for {@code hostNetwork} or {@code antiAffinity: global}; within the
     * namespace for {@code antiAffinity: local} and DaemonSets; none otherwise.
     */
    static Optional<PodAffinityTerm> antiAffinity(Service service, String namespace) {
        PodAffinityTermBuilder term = new PodAffinityTermBuilder()
                .withLabelSelector(new LabelSelectorBuilder()
                        .withMatchLabels(Map.of(CcpMetadata.APP, service.name())).build())
                .withTopologyKey(HOSTNAME);
        if (service.hostNetwork() || service.antiAffinity() == AntiAffinity.GLOBAL) {
            return Optional.of(term.withNewNamespaceSelector().endNamespaceSelector().build());
        }
        if (service.antiAffinity() == AntiAffinity.LOCAL || service.kind() == ServiceKind.DAEMON_SET) {
            return Optional.of(term.withNamespaces(namespace).build());
        }
        return Optional.empty();
    }

    private static NodeAffinity nodeAffinity(List<String> nodes) {
        return new NodeAffinityBuilder().withNewRequiredDuringSchedulingIgnoredDuringExecution()
                .addNewNodeSelectorTerm().addNewMatchExpression().withKey(HOSTNAME).withOperator("In")
                .withValues(nodes).endMatchExpression().endNodeSelectorTerm()
                .endRequiredDuringSchedulingIgnoredDuringExecution().build();
    }
}
