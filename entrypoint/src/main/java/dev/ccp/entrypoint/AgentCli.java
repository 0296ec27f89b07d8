package dev.ccp.entrypoint;

import dev.ccp.dsl.problem.CcpException;
import dev.ccp.dsl.workflow.DaemonWorkflow;
import dev.ccp.entrypoint.etcd.EtcdConnector;
import dev.ccp.entrypoint.gate.EtcdGates;
import dev.ccp.entrypoint.gate.GateKeys;
import dev.ccp.entrypoint.readiness.ReadinessCheck;
import dev.ccp.entrypoint.readiness.ReadinessChecks;
import dev.ccp.entrypoint.render.FileWriter;
import dev.ccp.entrypoint.run.UserAccount;
import dev.ccp.entrypoint.variables.NetworkInterfaces;
import io.etcd.jetcd.Client;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The agent's command line: {@code provision ROLE}, {@code status ROLE}, {@code render ROLE --out DIR}.
 * Returns exit codes; never exits the JVM itself.
 */
public final class AgentCli {

    static final String USAGE = "usage: ccp-entrypoint provision ROLE | status ROLE | render ROLE --out DIR";

    private final AgentEnvironment environment;
    private final AgentLog log;
    private final NetworkInterfaces interfaces;
    private final boolean runningAsRoot;

    public AgentCli(AgentEnvironment environment, AgentLog log, NetworkInterfaces interfaces, boolean runningAsRoot) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.log = Objects.requireNonNull(log, "log");
        this.interfaces = Objects.requireNonNull(interfaces, "interfaces");
        this.runningAsRoot = runningAsRoot;
    }

    /** Runs {@code args}; returns the exit code. */
    public int run(List<String> args) throws InterruptedException {
        if (args.size() < 2) {
            log.error(USAGE);
            return CcpException.EXIT_INVALID;
        }
        String action = args.get(0);
        String role = args.get(1);
        try {
            return switch (action) {
                case "provision" -> provision(role);
                case "status" -> status(role);
                case "render" -> render(role, args.subList(2, args.size()));
                default -> {
                    log.error("Action " + action + " is not supported");
                    yield CcpException.EXIT_FAILURE;
                }
            };
        } catch (CcpException e) {
            log.error(e.getMessage());
            return e.exitCode();
        }
    }

    private Agent load(String role) {
        return Agent.load(role, environment, interfaces, UserAccount::lookup, runningAsRoot);
    }

    private int provision(String role) throws InterruptedException {
        Provisioner provisioner = new Provisioner(environment, log, EtcdConnector::connect, UserAccount::lookup,
                Provisioner.EARLY_EXIT_CHECK, Clock.systemUTC());
        return provisioner.provision(load(role));
    }

    /** Ready when the node's {@code done} key exists and the readiness check (if any) passes. */
    private int status(String role) throws InterruptedException {
        Agent agent = load(role);
        try (Client client = EtcdConnector.connect(agent.etcd())) {
            EtcdGates gates = new EtcdGates(client, agent.etcd().retry());
            String done = agent.keys().nodeName() == null
                    ? agent.keys().global(agent.workflow().name(), GateKeys.State.DONE)
                    : agent.keys().node(agent.workflow().name(), GateKeys.State.DONE);
            if (!gates.exists(done)) {
                log.info("Service is not done");
                return CcpException.EXIT_FAILURE;
            }
            if (agent.workflow() instanceof DaemonWorkflow daemon && daemon.readiness().isPresent()) {
                ReadinessCheck.Result result = ReadinessChecks.of(daemon.readiness().get(), agent.commands(),
                        agent.variables()).check();
                log.info(result.detail());
                return result.ready() ? 0 : CcpException.EXIT_FAILURE;
            }
            log.info("Service is done");
            return 0;
        }
    }

    private int render(String role, List<String> options) {
        if (options.size() != 2 || !options.get(0).equals("--out")) {
            log.error("render needs --out DIR; " + USAGE);
            return CcpException.EXIT_INVALID;
        }
        Agent agent = load(role);
        Path out = Path.of(options.get(1));
        for (Path file : agent.fileWriter(FileWriter.Mode.RENDER_ONLY, UserAccount::lookup).writeAll(agent.workflow(), out)) {
            log.info("Wrote " + file);
        }
        return 0;
    }
}
