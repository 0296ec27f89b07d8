package dev.ccp.dsl.service;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The Kubernetes workload a service runs as ({@code service.kind}). */
public enum ServiceKind {
    DEPLOYMENT("Deployment"),
    DAEMON_SET("DaemonSet"),
    STATEFUL_SET("StatefulSet");

    private final String dslName;

    ServiceKind(String dslName) {
        this.dslName = dslName;
    }

    /** The spelling used in service definitions. */
    public String dslName() {
        return dslName;
    }

    /** The constant spelled {@code dslName} in a definition, if any. */
    public static Optional<ServiceKind> fromDsl(String dslName) {
        return Arrays.stream(values()).filter(v -> v.dslName.equals(dslName)).findFirst();
    }

    /** Every spelling, in declaration order (for messages). */
    public static List<String> dslNames() {
        return Arrays.stream(values()).map(ServiceKind::dslName).toList();
    }
}
