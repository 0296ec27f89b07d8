package dev.ccp.renderer;

import dev.ccp.dsl.service.Service;
import dev.ccp.dsl.service.Strategy;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategy;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategyBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.Map;
import java.util.Optional;

/**
 * The workload of a service, by its kind (REFERENCE 4.3 and "Our decisions"): an apps/v1
 * Deployment, a real DaemonSet restricted to the topology's nodes, or a StatefulSet. All select
 * their pods by {@code app: <service>}.
 */
final class Workloads {

    static final String ROLLING_UPDATE = "RollingUpdate";
    static final String HALF = "50%";

    private Workloads() {
    }

    /**
     * @param replicas the configured replicas (Deployment and StatefulSet; 1 when absent)
     */
    static HasMetadata of(ServiceUnit unit, PodTemplateSpec template, Optional<Integer> replicas) {
        return switch (unit.service().kind()) {
            case DEPLOYMENT -> deployment(unit, template, replicas.orElse(1));
            case DAEMON_SET -> daemonSet(unit, template);
            case STATEFUL_SET -> statefulSet(unit, template, replicas.orElse(1));
        };
    }

    /** The pod template of a workload or Job, if {@code object} is one. */
    static Optional<PodTemplateSpec> podTemplate(HasMetadata object) {
        if (object instanceof Deployment deployment) {
            return Optional.of(deployment.getSpec().getTemplate());
        }
        if (object instanceof DaemonSet daemonSet) {
            return Optional.of(daemonSet.getSpec().getTemplate());
        }
        if (object instanceof StatefulSet statefulSet) {
            return Optional.of(statefulSet.getSpec().getTemplate());
        }
        if (object instanceof Job job) {
            return Optional.of(job.getSpec().getTemplate());
        }
        return Optional.empty();
    }

    /** Whether {@code object} runs the service's daemons (not a Job). */
    static boolean isWorkload(HasMetadata object) {
        return object instanceof Deployment || object instanceof DaemonSet || object instanceof StatefulSet;
    }

    // The template is set on the built object: given to the builder, it would be copied whole.

    private static Deployment deployment(ServiceUnit unit, PodTemplateSpec template, int replicas) {
        Deployment deployment = new DeploymentBuilder()
                .withNewMetadata().withName(unit.name()).endMetadata()
                .withNewSpec()
                .withReplicas(replicas)
                .withSelector(selector(unit))
                .withStrategy(strategy(unit.service()))
                .endSpec()
                .build();
        deployment.getSpec().setTemplate(template);
        return deployment;
    }

    /** Pods on every topology node of the service; replaced half of the nodes at a time. */
    private static DaemonSet daemonSet(ServiceUnit unit, PodTemplateSpec template) {
        DaemonSet daemonSet = new DaemonSetBuilder()
                .withNewMetadata().withName(unit.name()).endMetadata()
                .withNewSpec()
                .withSelector(selector(unit))
                .withNewUpdateStrategy().withType(ROLLING_UPDATE)
                .withNewRollingUpdate().withMaxUnavailable(new IntOrString(HALF)).endRollingUpdate()
                .endUpdateStrategy()
                .endSpec()
                .build();
        daemonSet.getSpec().setTemplate(template);
        return daemonSet;
    }

    private static StatefulSet statefulSet(ServiceUnit unit, PodTemplateSpec template, int replicas) {
        StatefulSet statefulSet = new StatefulSetBuilder()
                .withNewMetadata().withName(unit.name()).endMetadata()
                .withNewSpec()
                .withServiceName(unit.name())
                .withReplicas(replicas)
                .withSelector(selector(unit))
                .endSpec()
                .build();
        statefulSet.getSpec().setTemplate(template);
        return statefulSet;
    }

    /**
     * {@code service.strategy} or RollingUpdate. A rolling update surges one pod at a time,
     * except for services that cannot run two pods on one node (host network, anti-affinity):
     * those replace half of their pods at a time without surge.
     */
    static DeploymentStrategy strategy(Service service) {
        if (service.strategy() == Strategy.RECREATE) {
            return new DeploymentStrategyBuilder().withType(Strategy.RECREATE.dslName()).build();
        }
        boolean onePerNode = service.hostNetwork() || service.antiAffinity() != null;
        return new DeploymentStrategyBuilder().withType(ROLLING_UPDATE).withNewRollingUpdate()
                .withMaxSurge(new IntOrString(onePerNode ? 0 : 1))
                .withMaxUnavailable(onePerNode ? new IntOrString(HALF) : new IntOrString(0))
                .endRollingUpdate().build();
    }

    private static LabelSelector selector(ServiceUnit unit) {
        return new LabelSelectorBuilder().withMatchLabels(Map.of(CcpMetadata.APP, unit.name())).build();
    }
}
