package dev.ccp.harness;

import java.nio.file.Path;
import java.util.List;

/**
 * The one node the harness plays.
 *
 * @param name             the node name pods see ({@code spec.nodeName}); the export must have
 *                         been rendered for it ({@code --nodes NAME})
 * @param namespace        the environment's namespace ({@code metadata.namespace} of its pods)
 * @param clusterDomain    the cluster domain of Service names ({@code cluster.local})
 * @param stateDir         where pod volumes, rebased host paths and logs are written
 * @param cpus             what {@code limits.cpu} reads when a container has no limit
 * @param memoryBytes      what {@code limits.memory} reads when a container has no limit
 * @param sharedHostPaths  host paths mounted as they are; every other {@code hostPath} is rebased
 *                         under {@code stateDir/host} so that a test run never writes to the host
 */
public record NodeSettings(
        String name,
        String namespace,
        String clusterDomain,
        Path stateDir,
        int cpus,
        long memoryBytes,
        List<String> sharedHostPaths) {

    public NodeSettings {
        sharedHostPaths = List.copyOf(sharedHostPaths);
    }

    public Path podsDir() {
        return stateDir.resolve("pods");
    }

    public Path hostDir() {
        return stateDir.resolve("host");
    }

    public Path logsDir() {
        return stateDir.resolve("logs");
    }
}
