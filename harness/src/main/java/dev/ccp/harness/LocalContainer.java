package dev.ccp.harness;

import java.util.List;
import java.util.Map;

/**
 * One container of a pod, ready to be started on the local Docker Engine: what Kubernetes would
 * have started from the pod template, with every volume already a host path.
 *
 * @param command    the template's {@code command} (replaces the image's entrypoint), may be empty
 * @param args       the template's {@code args} (replace the image's command), may be empty
 * @param env        resolved environment, in the template's order
 */
public record LocalContainer(
        String name,
        String image,
        List<String> command,
        List<String> args,
        Map<String, String> env,
        List<Mount> mounts,
        boolean privileged,
        Readiness readiness) {

    public LocalContainer {
        command = List.copyOf(command);
        args = List.copyOf(args);
        env = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(env));
        mounts = List.copyOf(mounts);
    }
}
