package dev.ccp.renderer;

import dev.ccp.dsl.service.Port;
import dev.ccp.dsl.service.Service;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import io.fabric8.kubernetes.api.model.ServiceSpecBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPathBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRuleBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The v1 Service and the networking.k8s.io/v1 Ingress of a service (REFERENCE 4.8). */
final class NetworkObjects {

    static final String NODE_PORT = "NodePort";
    static final String TCP = "TCP";
    static final String NONE = "None";

    private final IngressSettings ingress;

    NetworkObjects(IngressSettings ingress) {
        this.ingress = ingress;
    }

    /**
     * One port per definition port, named after the container port. NodePort type (with the
     * configured node ports); headless ({@code clusterIP: None}, bare ports) for StatefulSets and
     * {@code headless: true}. None without ports.
     */
    Optional<io.fabric8.kubernetes.api.model.Service> service(ServiceUnit unit) {
        Service service = unit.service();
        if (service.ports().isEmpty()) {
            return Optional.empty();
        }
        ServiceSpecBuilder spec = new ServiceSpecBuilder().withSelector(Map.of(CcpMetadata.APP, unit.name()));
        if (service.isHeadless()) {
            spec.withClusterIP(NONE).withPorts(service.ports().stream().map(NetworkObjects::headlessPort).toList());
        } else {
            spec.withType(NODE_PORT).withPorts(service.ports().stream().map(NetworkObjects::nodePort).toList());
        }
        return Optional.of(new ServiceBuilder()
                .withNewMetadata().withName(unit.name())
                .withAnnotations(AnnotationValues.texts(service.annotations().service())).endMetadata()
                .withSpec(spec.build())
                .build());
    }

    /**
     * One rule per port with {@code ingress}: host {@code <ingress>.<configs.ingress.domain>},
     * every path to the Service's port. Only when {@code configs.ingress.enabled}.
     */
    Optional<Ingress> ingress(ServiceUnit unit) {
        if (!ingress.enabled()) {
            return Optional.empty();
        }
        List<IngressRule> rules = unit.service().ports().stream().filter(port -> port.ingress() != null)
                .map(port -> rule(unit.name(), port)).toList();
        if (rules.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new IngressBuilder()
                .withNewMetadata().withName(unit.name()).endMetadata()
                .withNewSpec().withRules(rules).endSpec()
                .build());
    }

    private IngressRule rule(String service, Port port) {
        return new IngressRuleBuilder()
                .withHost(ingress.host(port.ingress()))
                .withNewHttp()
                .addToPaths(new HTTPIngressPathBuilder().withPath("/").withPathType("Prefix")
                        .withNewBackend().withNewService().withName(service).withNewPort().withNumber(port.cont())
                        .endPort().endService().endBackend().build())
                .endHttp()
                .build();
    }

    private static ServicePort headlessPort(Port port) {
        return new ServicePortBuilder().withName(String.valueOf(port.cont())).withPort(port.cont()).build();
    }

    private static ServicePort nodePort(Port port) {
        return new ServicePortBuilder().withName(String.valueOf(port.cont())).withPort(port.cont())
                .withProtocol(TCP).withTargetPort(new IntOrString(port.cont())).withNodePort(port.node()).build();
    }
}
