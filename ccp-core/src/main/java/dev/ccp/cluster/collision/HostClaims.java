package dev.ccp.cluster.collision;

import dev.ccp.cluster.ObjectRef;
import dev.ccp.cluster.collision.HostClaim.Resource;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.NodeSelectorTerm;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The claims of an object: NodePorts of a Service; the hosts of an Ingress's rules (a host is
 * routed to one backend by the cluster's ingress controller, whatever the namespace); host ports
 * (or container ports of a host-network pod) and written hostPath directories of a workload or
 * Job, on the nodes its node affinity ({@code kubernetes.io/hostname In [...]}) allows.
 */
public final class HostClaims {

    private static final String HOSTNAME = "kubernetes.io/hostname";

    private HostClaims() {
    }

    public static List<HostClaim> of(HasMetadata object, String environment) {
        ObjectRef owner = ObjectRef.of(object);
        if (object instanceof Service service) {
            return service.getSpec() == null || service.getSpec().getPorts() == null ? List.of()
                    : service.getSpec().getPorts().stream()
                            .map(ServicePort::getNodePort)
                            .filter(port -> port != null && port > 0)
                            .map(port -> new HostClaim(Resource.NODE_PORT, port.toString(), Set.of(), environment, owner))
                            .toList();
        }
        if (object instanceof Ingress ingress) {
            return ingress.getSpec() == null ? List.of() : list(ingress.getSpec().getRules()).stream()
                    .map(IngressRule::getHost)
                    .filter(host -> host != null && !host.isBlank())
                    .distinct()
                    .map(host -> new HostClaim(Resource.INGRESS_HOST, host, Set.of(), environment, owner))
                    .toList();
        }
        return podSpec(object).map(spec -> podClaims(spec, environment, owner)).orElse(List.of());
    }

    private static Optional<PodSpec> podSpec(HasMetadata object) {
        PodTemplateSpec template = null;
        if (object instanceof Deployment d && d.getSpec() != null) {
            template = d.getSpec().getTemplate();
        } else if (object instanceof DaemonSet d && d.getSpec() != null) {
            template = d.getSpec().getTemplate();
        } else if (object instanceof StatefulSet s && s.getSpec() != null) {
            template = s.getSpec().getTemplate();
        } else if (object instanceof Job j && j.getSpec() != null) {
            template = j.getSpec().getTemplate();
        }
        return Optional.ofNullable(template).map(PodTemplateSpec::getSpec);
    }

    private static List<HostClaim> podClaims(PodSpec spec, String environment, ObjectRef owner) {
        Set<String> nodes = nodes(spec.getAffinity());
        boolean hostNetwork = Boolean.TRUE.equals(spec.getHostNetwork());
        List<Container> containers = Stream.concat(list(spec.getInitContainers()).stream(), list(spec.getContainers()).stream())
                .toList();
        Set<String> ports = new TreeSet<>();
        Set<String> writtenVolumes = new TreeSet<>();
        for (Container container : containers) {
            for (ContainerPort port : list(container.getPorts())) {
                Integer host = port.getHostPort() != null && port.getHostPort() > 0 ? port.getHostPort()
                        : hostNetwork ? port.getContainerPort() : null;
                if (host != null) {
                    ports.add(host + "/" + Optional.ofNullable(port.getProtocol()).orElse("TCP"));
                }
            }
            for (VolumeMount mount : list(container.getVolumeMounts())) {
                if (!Boolean.TRUE.equals(mount.getReadOnly())) {
                    writtenVolumes.add(mount.getName());
                }
            }
        }
        List<HostClaim> claims = new ArrayList<>();
        ports.forEach(port -> claims.add(new HostClaim(Resource.HOST_PORT, port, nodes, environment, owner)));
        Set<String> paths = new TreeSet<>();
        for (Volume volume : list(spec.getVolumes())) {
            if (volume.getHostPath() != null && writtenVolumes.contains(volume.getName())) {
                paths.add(volume.getHostPath().getPath());
            }
        }
        paths.forEach(path -> claims.add(new HostClaim(Resource.HOST_PATH, path, nodes, environment, owner)));
        return claims;
    }

    /** The node names a required node affinity allows; empty when it does not restrict by name. */
    private static Set<String> nodes(Affinity affinity) {
        if (affinity == null || affinity.getNodeAffinity() == null
                || affinity.getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution() == null) {
            return Set.of();
        }
        Set<String> nodes = new TreeSet<>();
        for (NodeSelectorTerm term : list(affinity.getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution()
                .getNodeSelectorTerms())) {
            for (NodeSelectorRequirement requirement : list(term.getMatchExpressions())) {
                if (HOSTNAME.equals(requirement.getKey()) && "In".equals(requirement.getOperator())) {
                    nodes.addAll(list(requirement.getValues()));
                }
            }
        }
        return nodes;
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }
}
