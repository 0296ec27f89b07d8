package dev.ccp.harness;

import java.util.List;

/**
 * A pod of the exported environment as the harness runs it: one instance per workload, on the
 * one node, on the host network.
 *
 * @param workload     {@code Kind/name} of the object it comes from
 * @param job          true for a Job's pod (runs to completion), false for a long-running one
 * @param backoffLimit restarts a failing Job pod gets before it counts as failed
 * @param hostPid      the template's {@code hostPID}
 */
public record LocalPod(
        String name,
        String workload,
        boolean job,
        int backoffLimit,
        boolean hostPid,
        List<LocalContainer> containers) {

    public LocalPod {
        containers = List.copyOf(containers);
    }
}
