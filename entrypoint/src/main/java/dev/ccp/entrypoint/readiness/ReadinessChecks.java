package dev.ccp.entrypoint.readiness;

import dev.ccp.dsl.problem.CcpException;
import dev.ccp.dsl.service.Probe;
import dev.ccp.dsl.service.ProbeType;
import dev.ccp.dsl.workflow.WorkflowCommand;
import dev.ccp.entrypoint.run.ShellCommands;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Builds the readiness check of a daemon workflow (REFERENCE 8.4). */
public final class ReadinessChecks {

    /** Per-check timeout when the probe gives none. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private ReadinessChecks() {
    }

    /**
     * The daemon must be alive; when a probe is given it must pass too: a command string or
     * {@code exec} runs the rendered command, {@code httpGet} GETs the private address.
     */
    public static ReadinessCheck forDaemon(ProcessHandle daemon, Optional<Probe> probe, ShellCommands commands,
            Map<String, Object> variables) {
        ReadinessCheck alive = () -> daemon.isAlive() ? ReadinessCheck.Result.ready("daemon running")
                : ReadinessCheck.Result.notReady("daemon exited");
        if (probe.isEmpty()) {
            return alive;
        }
        ReadinessCheck probed = of(probe.get(), commands, variables);
        return () -> {
            ReadinessCheck.Result running = alive.check();
            return running.ready() ? probed.check() : running;
        };
    }

    /** The check a probe describes. */
    public static ReadinessCheck of(Probe probe, ShellCommands commands, Map<String, Object> variables) {
        Duration timeout = probe.timeout() == null ? DEFAULT_TIMEOUT : Duration.ofSeconds(probe.timeout());
        if (probe.type() == ProbeType.COMMAND || probe.type() == ProbeType.EXEC) {
            if (probe.command() == null) {
                throw new CcpException("readiness: an exec probe needs a command");
            }
            WorkflowCommand command = new WorkflowCommand(probe.command(), null);
            return new ExecReadinessCheck(() -> commands.processFor(command), timeout);
        }
        if (probe.port() == null) {
            throw new CcpException("readiness: an httpGet probe needs a port");
        }
        return new HttpGetReadinessCheck(HttpGetReadinessCheck.uri(probe.scheme(), privateAddress(variables),
                probe.port(), probe.path()), timeout);
    }

    private static String privateAddress(Map<String, Object> variables) {
        if (variables.get("network_topology") instanceof Map<?, ?> topology
                && topology.get("private") instanceof Map<?, ?> side && side.get("address") != null) {
            return side.get("address").toString();
        }
        return "127.0.0.1";
    }
}
