package dev.ccp.cluster.status;

import java.util.Objects;

/**
 * What links are built from (REFERENCE 7.3): with {@code configs.ingress.enabled}, Ingress rules
 * as {@code https://<host>:<ingress.port>} (no port when it is 0); otherwise NodePorts as
 * {@code http://<configs.k8s_external_ip>:<nodePort>}.
 */
public record LinkSettings(boolean ingressEnabled, int ingressPort, String externalIp) {

    public LinkSettings {
        Objects.requireNonNull(externalIp, "externalIp");
    }
}
