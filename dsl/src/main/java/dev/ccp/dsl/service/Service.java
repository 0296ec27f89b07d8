package dev.ccp.dsl.service;

import java.util.List;
import java.util.Objects;

/**
 * The {@code service} block of a definition.
 *
 * @param name         the service name (for an alias: the alias)
 * @param kind         the workload kind, Deployment when not given
 * @param ports        exposed ports; a Kubernetes Service exists only when not empty
 * @param annotations  pod and service annotations
 * @param headless     headless Kubernetes Service requested
 * @param hostNetwork  use the host's network namespace
 * @param hostPID      use the host's PID namespace
 * @param strategy     the update strategy, null when not given (RollingUpdate applies)
 * @param antiAffinity null when not given
 * @param containers   at least one
 */
public record Service(String name, ServiceKind kind, List<Port> ports, Annotations annotations, boolean headless,
        boolean hostNetwork, boolean hostPID, Strategy strategy, AntiAffinity antiAffinity,
        List<Container> containers) {

    public Service {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        ports = List.copyOf(ports);
        annotations = annotations == null ? Annotations.NONE : annotations;
        containers = List.copyOf(containers);
        if (containers.isEmpty()) {
            throw new IllegalArgumentException("a service needs at least one container");
        }
    }

    /** True when the Kubernetes Service is headless: {@code headless: true} or a StatefulSet. */
    public boolean isHeadless() {
        return headless || kind == ServiceKind.STATEFUL_SET;
    }

    public Service withName(String newName) {
        return new Service(newName, kind, ports, annotations, headless, hostNetwork, hostPID, strategy, antiAffinity,
                containers);
    }

    public Service withContainers(List<Container> newContainers) {
        return new Service(name, kind, ports, annotations, headless, hostNetwork, hostPID, strategy, antiAffinity,
                newContainers);
    }
}
