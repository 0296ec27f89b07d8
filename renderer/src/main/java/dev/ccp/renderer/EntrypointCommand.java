package dev.ccp.renderer;

import java.util.List;
import java.util.stream.Stream;

/**
 * How containers start and how the kubelet checks them. Every container and Job runs the
 * in-container agent under {@code tini}: {@code tini -- /opt/ccp/bin/ccp-entrypoint provision
 * <role>}, the role being the container or job name (the key of its workflow in the
 * {@code <svc>-role} ConfigMap). The agent is baked into the base image, so no start-script
 * ConfigMap exists. It runs the definition's readiness check itself and keeps the file
 * {@code /run/ccp/ready/<role>} while the role is ready; the kubelet's readiness probe only tests
 * that file.
 */
public final class EntrypointCommand {

    /** The command line before the action: the init process and the agent. */
    public static final List<String> AGENT = List.of("tini", "--", "/opt/ccp/bin/ccp-entrypoint");
    /** The agent action that renders files, waits on dependencies and runs the role. */
    public static final String PROVISION = "provision";
    /** Where the agent keeps one file per ready role. */
    public static final String READY_DIRECTORY = "/run/ccp/ready";
    /** Seconds between readiness checks. */
    public static final int READINESS_PERIOD_SECONDS = 10;
    /** Seconds a readiness check may take. */
    public static final int READINESS_TIMEOUT_SECONDS = 1;

    private EntrypointCommand() {
    }

    /** {@code tini -- /opt/ccp/bin/ccp-entrypoint provision <role>}. */
    public static List<String> provision(String role) {
        return Stream.concat(AGENT.stream(), Stream.of(PROVISION, role)).toList();
    }

    /** The file the agent keeps while {@code role} is ready. */
    public static String readyFile(String role) {
        return READY_DIRECTORY + "/" + role;
    }

    /** {@code test -f /run/ccp/ready/<role>}: the kubelet's readiness check. */
    public static List<String> readinessCheck(String role) {
        return List.of("test", "-f", readyFile(role));
    }
}
