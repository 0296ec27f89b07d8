package dev.ccp.cli.command;

import dev.ccp.cli.CcpCommand;
import dev.ccp.cli.CommandContext;
import dev.ccp.cli.CommandOptions;
import dev.ccp.cli.CommandSpec;
import dev.ccp.cluster.ClusterAccess;
import dev.ccp.cluster.Fabric8Cluster;
import dev.ccp.cluster.Pause;
import dev.ccp.cluster.RetryPolicy;
import dev.ccp.cluster.cleanup.CleanupResult;
import dev.ccp.cluster.cleanup.EnvironmentCleaner;
import dev.ccp.dsl.config.KubernetesConfig;
import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import org.apache.commons.cli.CommandLine;

/**
 * {@code ccp cleanup [--skip-os-cleanup] [--force] [--timeout SECONDS]} (REFERENCE 1.6, 7.2):
 * deletes the environment's objects found by the label {@code ccp-environment=<namespace>},
 * then the namespace, and waits (default 180 s, the original's 60 polls of 3 s). {@code --force}
 * removes the finalizers of what is stuck after the deadline.
 * <p>
 * The OpenStack part of the original (servers, images, networks, Swift) is NOT implemented:
 * without {@code --skip-os-cleanup} a warning says so and the Kubernetes part runs alone.
 */
public final class CleanupCommand implements CcpCommand {

    private static final String FORCE = "force";
    private static final String TIMEOUT = "timeout";
    private static final String SKIP_OS = "skip-os-cleanup";

    private final Function<KubernetesConfig, KubernetesClient> connect;
    private final Pause pause;

    public CleanupCommand() {
        this(ClusterAccess::connect, Pause.real());
    }

    public CleanupCommand(Function<KubernetesConfig, KubernetesClient> connect, Pause pause) {
        this.connect = Objects.requireNonNull(connect);
        this.pause = Objects.requireNonNull(pause);
    }

    @Override
    public CommandSpec spec() {
        return new CommandSpec("cleanup", "delete the environment", "",
                CommandOptions.of(CommandOptions.valued(null, "auth-url", "URL", "keystone URL for the OpenStack cleanup"),
                        CommandOptions.flag(null, SKIP_OS, "do not delete OpenStack resources"),
                        CommandOptions.flag(null, "insecure", "do not verify the keystone certificate"),
                        CommandOptions.valued(null, "ca-cert", "PATH", "CA certificate for keystone"),
                        CommandOptions.flag(null, FORCE, "remove the finalizers of objects still there after the timeout"),
                        CommandOptions.valued(null, TIMEOUT, "SECONDS", "how long to wait for the deletion (default 180)")));
    }

    @Override
    public int run(CommandContext context, CommandLine line) {
        Duration timeout = Duration.ofSeconds(seconds(line.getOptionValue(TIMEOUT, "180")));
        KubernetesConfig kubernetes = context.loadConfigAsIs().config().kubernetes();
        if (!line.hasOption(SKIP_OS)) {
            context.console().warn("the OpenStack part of cleanup (servers, images, networks, containers) is not "
                    + "implemented yet; only the Kubernetes objects are deleted. Pass --skip-os-cleanup to silence this");
        }
        String namespace = kubernetes.namespace();
        CleanupResult result;
        try (KubernetesClient client = connect.apply(kubernetes)) {
            result = new EnvironmentCleaner(new Fabric8Cluster(client), RetryPolicy.standard().withPause(pause),
                    Clock.systemUTC(), pause, Duration.ofSeconds(3)).cleanup(namespace, timeout, line.hasOption(FORCE));
        }
        if (!result.namespaceFound()) {
            context.console().info("Kubernetes namespace not found");
        }
        result.forced().forEach(r -> context.console().warn("removed the finalizers of " + r.describe()));
        context.console().info("deleted " + result.deleted().size() + " objects"
                + (result.namespaceFound() ? " and namespace " + namespace : ""));
        return 0;
    }

    private static long seconds(String text) {
        try {
            long value = Long.parseLong(text);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException(Problem.at(null, "", "--timeout: expected a positive number of seconds, got '" + text + "'"));
    }
}
