package dev.ccp.entrypoint;

import dev.ccp.dsl.problem.CcpException;
import dev.ccp.dsl.workflow.DaemonWorkflow;
import dev.ccp.dsl.workflow.JobWorkflow;
import dev.ccp.dsl.workflow.WorkflowCommand;
import dev.ccp.entrypoint.etcd.EtcdSettings;
import dev.ccp.entrypoint.gate.Durations;
import dev.ccp.entrypoint.gate.EtcdGates;
import dev.ccp.entrypoint.gate.Gate;
import dev.ccp.entrypoint.gate.GateKeys;
import dev.ccp.entrypoint.gate.GateStatus;
import dev.ccp.entrypoint.gate.LeasedKeys;
import dev.ccp.entrypoint.readiness.ReadinessChecks;
import dev.ccp.entrypoint.readiness.ReadinessMonitor;
import dev.ccp.entrypoint.render.FileWriter;
import dev.ccp.entrypoint.run.SignalForwarder;
import dev.ccp.entrypoint.run.UserAccount;
import io.etcd.jetcd.Client;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code provision ROLE} (REFERENCE 8.3): write the files, wait for every dependency, then run the
 * job (publishing {@code ready}) or the pre commands, the daemon, the post commands (publishing
 * {@code done}) and supervise the daemon, keeping its readiness published. Returns the exit code
 * of the container.
 */
public final class Provisioner {

    /** TTL of the lease behind {@code ready} keys of a running daemon (kept alive while ready). */
    public static final Duration READY_LEASE_TTL = Duration.ofSeconds(10);
    /** How long a daemon must survive before the post commands run (the original's check). */
    public static final Duration EARLY_EXIT_CHECK = Duration.ofSeconds(5);

    private final AgentEnvironment environment;
    private final AgentLog log;
    private final Function<EtcdSettings, Client> connector;
    private final Function<String, UserAccount> users;
    private final Duration earlyExitCheck;
    private final Clock clock;

    public Provisioner(AgentEnvironment environment, AgentLog log, Function<EtcdSettings, Client> connector,
            Function<String, UserAccount> users, Duration earlyExitCheck, Clock clock) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.log = Objects.requireNonNull(log, "log");
        this.connector = Objects.requireNonNull(connector, "connector");
        this.users = Objects.requireNonNull(users, "users");
        this.earlyExitCheck = Objects.requireNonNull(earlyExitCheck, "earlyExitCheck");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Provisions {@code agent}'s role; returns the container's exit code. */
    public int provision(Agent agent) throws InterruptedException {
        Instant deadline = clock.instant().plus(environment.gateTimeout());
        agent.writeCaIfNeeded(environment.tlsCaFile());
        for (Path file : agent.fileWriter(FileWriter.Mode.PROVISION, users).writeAll(agent.workflow(), Path.of("/"))) {
            log.info("Wrote " + file);
        }
        try (Client client = connector.apply(agent.etcd())) {
            EtcdGates gates = new EtcdGates(client, agent.etcd().retry());
            awaitDependencies(agent, gates, deadline);
            if (agent.workflow() instanceof JobWorkflow job) {
                return runJob(agent, job, gates);
            }
            return runDaemon(agent, (DaemonWorkflow) agent.workflow(), gates, client);
        }
    }

    private void awaitDependencies(Agent agent, EtcdGates gates, Instant deadline) throws InterruptedException {
        List<String> dependencies = agent.workflow().dependencies();
        if (dependencies.isEmpty()) {
            return;
        }
        List<Gate> awaited = agent.keys().gatesFor(dependencies);
        log.info("Waiting for " + String.join(", ", dependencies) + " (deadline in "
                + Durations.text(Duration.between(clock.instant(), deadline)) + ")");
        Instant start = clock.instant();
        gates.await(awaited, deadline, (elapsed, closed) -> log.info("Still waiting after " + Durations.text(elapsed)
                + " for " + closed.stream().map(GateStatus::toString).collect(Collectors.joining(", "))));
        log.info("Dependencies are ready after " + Durations.text(Duration.between(start, clock.instant())));
    }

    private int runJob(Agent agent, JobWorkflow job, EtcdGates gates) throws InterruptedException {
        int code = run(agent, job.job());
        if (code != 0) {
            log.error("Job execution failed");
            return code;
        }
        for (String key : agent.keys().published(job.name(), GateKeys.State.READY)) {
            gates.publish(key);
        }
        log.info("Job " + job.name() + " succeeded; set ready");
        return 0;
    }

    private int runDaemon(Agent agent, DaemonWorkflow workflow, EtcdGates gates, Client client)
            throws InterruptedException {
        for (WorkflowCommand pre : workflow.pre()) {
            int code = run(agent, pre);
            if (code != 0) {
                log.error("Pre command failed with code " + code + ": " + pre.command());
                return code;
            }
        }
        Process daemon = start(agent, workflow.daemon());
        try (SignalForwarder forwarding = SignalForwarder.to(daemon.toHandle())) {
            if (daemon.waitFor(earlyExitCheck.toMillis(), TimeUnit.MILLISECONDS)) {
                log.error("Process exited with code: " + daemon.exitValue());
                return daemon.exitValue() == 0 ? 1 : daemon.exitValue();
            }
            for (WorkflowCommand post : workflow.post()) {
                int code = run(agent, post);
                if (code != 0) {
                    log.error("Post command failed with code " + code + ": " + post.command());
                    daemon.destroy();
                    daemon.waitFor();
                    return code;
                }
            }
            for (String key : agent.keys().published(workflow.name(), GateKeys.State.DONE)) {
                gates.publish(key);
            }
            log.info("Daemon " + workflow.name() + " started; set done");
            LeasedKeys ready = new LeasedKeys(client, agent.etcd().retry(),
                    agent.keys().published(workflow.name(), GateKeys.State.READY), READY_LEASE_TTL);
            ReadinessMonitor monitor = new ReadinessMonitor(
                    ReadinessChecks.forDaemon(daemon.toHandle(), workflow.readiness(), agent.commands(), agent.variables()),
                    ready, environment.readyFile(agent.role()), environment.readinessInterval(), log);
            try {
                monitor.start();
                int code = daemon.waitFor();
                log.info("Daemon exited with code " + code);
                return code;
            } finally {
                monitor.close();
            }
        }
    }

    private int run(Agent agent, WorkflowCommand command) throws InterruptedException {
        Process process = start(agent, command);
        return process.waitFor();
    }

    private Process start(Agent agent, WorkflowCommand command) {
        ProcessBuilder builder = agent.commands().processFor(command);
        log.info("Running: " + command.command() + (command.user() == null ? "" : " (as " + command.user() + ")"));
        try {
            return builder.start();
        } catch (IOException e) {
            throw new CcpException("cannot start '" + command.command() + "': " + e.getMessage(), e);
        }
    }
}
