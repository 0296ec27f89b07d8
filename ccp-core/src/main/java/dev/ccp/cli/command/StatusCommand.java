package dev.ccp.cli.command;

import dev.ccp.cli.CcpCommand;
import dev.ccp.cli.CommandContext;
import dev.ccp.cli.CommandOptions;
import dev.ccp.cli.CommandSpec;
import dev.ccp.cluster.ClusterAccess;
import dev.ccp.cluster.Fabric8Cluster;
import dev.ccp.cluster.RetryPolicy;
import dev.ccp.cluster.status.LinkSettings;
import dev.ccp.cluster.status.StatusCollector;
import dev.ccp.cluster.status.StatusFormat;
import dev.ccp.cluster.status.StatusReport;
import dev.ccp.dsl.config.CcpConfig;
import dev.ccp.dsl.config.KubernetesConfig;
import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.commons.cli.CommandLine;

/**
 * {@code ccp status [-s] [-f table|json|yaml] [C ...]} (REFERENCE 1.9, 7.3): one row per app with
 * pods running/total, Jobs completed/total, ok/wip and links; {@code -s} one word. Colour only
 * on a terminal and when {@code NO_COLOR} is unset or empty.
 */
public final class StatusCommand implements CcpCommand {

    private static final String SHORT = "short";
    private static final String FORMAT = "format";

    private final Function<KubernetesConfig, KubernetesClient> connect;
    private final UnaryOperator<String> environment;

    public StatusCommand() {
        this(ClusterAccess::connect, System::getenv);
    }

    /** For tests: how to reach the cluster, and the environment variables. */
    public StatusCommand(Function<KubernetesConfig, KubernetesClient> connect, UnaryOperator<String> environment) {
        this.connect = Objects.requireNonNull(connect);
        this.environment = Objects.requireNonNull(environment);
    }

    @Override
    public CommandSpec spec() {
        return new CommandSpec("status", "show the status of deployed components", "[COMPONENT ...]",
                CommandOptions.of(CommandOptions.flag("s", SHORT, "one word: ok, wip or not deployed"),
                        CommandOptions.valued("f", FORMAT, "FORMAT", "table (default), json or yaml")));
    }

    @Override
    public int run(CommandContext context, CommandLine line) {
        StatusFormat format = format(line.getOptionValue(FORMAT, "table"));
        CcpConfig config = context.loadConfigAsIs().config();
        String namespace = config.kubernetes().namespace();
        StatusReport report;
        try (KubernetesClient client = connect.apply(config.kubernetes())) {
            report = new StatusCollector(new Fabric8Cluster(client), RetryPolicy.standard())
                    .collect(namespace, line.getArgList(), links(config.configs()));
        }
        String noColor = environment.apply("NO_COLOR");
        boolean colour = context.console().isTerminal() && (noColor == null || noColor.isEmpty());
        context.console().out().print(format.render(report, line.hasOption(SHORT), colour));
        context.console().out().flush();
        return 0;
    }

    private static StatusFormat format(String name) {
        try {
            return StatusFormat.parse(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Problem.at(null, "", "unknown format '" + name + "': use table, json or yaml"));
        }
    }

    /** {@code configs.ingress.enabled/port} and {@code configs.k8s_external_ip}. */
    static LinkSettings links(Map<String, Object> configs) {
        Object ingress = configs.get("ingress");
        boolean enabled = false;
        int port = 0;
        if (ingress instanceof Map<?, ?> map) {
            enabled = Boolean.TRUE.equals(map.get("enabled"));
            port = map.get("port") instanceof Number n ? n.intValue() : 0;
        }
        Object ip = configs.get("k8s_external_ip");
        return new LinkSettings(enabled, port, ip == null ? "" : ip.toString());
    }
}
