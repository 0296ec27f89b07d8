package dev.ccp.cli.command;

import dev.ccp.cli.CcpCommand;
import dev.ccp.cli.CommandContext;
import dev.ccp.cli.CommandOptions;
import dev.ccp.cli.CommandSpec;
import dev.ccp.cluster.ClusterAccess;
import dev.ccp.cluster.Fabric8Cluster;
import dev.ccp.cluster.RetryPolicy;
import dev.ccp.cluster.preflight.Preflight;
import dev.ccp.cluster.preflight.PreflightReport;
import dev.ccp.dsl.config.LoadedConfig;
import dev.ccp.dsl.problem.CcpException;
import org.apache.commons.cli.CommandLine;

/**
 * {@code ccp preflight}: the API server and its version, the permission table
 * (SelfSubjectAccessReview per resource and verb), the nodes the topology matches and the
 * registry. Exit 1 when a permission is denied or no node matches; unknowns are warnings.
 */
public final class PreflightCommand implements CcpCommand {

    @Override
    public CommandSpec spec() {
        return new CommandSpec("preflight", "check the cluster before a deploy: API, permissions, nodes, registry", "",
                CommandOptions.of());
    }

    @Override
    public int run(CommandContext context, CommandLine line) {
        LoadedConfig config = context.loadConfig();
        PreflightReport report = check(config);
        context.console().out().print(report.render());
        context.console().out().flush();
        report.warnings().forEach(context.console()::warn);
        report.failures().forEach(context.console()::error);
        return report.failures().isEmpty() ? 0 : 1;
    }

    /** Runs the checks; used by {@code deploy} too, which stops on failures. */
    static PreflightReport check(LoadedConfig config) {
        return new Preflight(new Fabric8Cluster(ClusterAccess.connect(config.config().kubernetes())), RetryPolicy.standard())
                .run(config.config());
    }

    /** The deploy's preflight: warnings shown, failures thrown. */
    static void requirePassed(CommandContext context, LoadedConfig config) {
        PreflightReport report = check(config);
        context.console().debug(report.render());
        report.warnings().forEach(w -> context.console().warn("preflight: " + w));
        if (!report.failures().isEmpty()) {
            throw new CcpException("preflight failed on " + report.apiServer() + ": " + String.join("; ", report.failures()));
        }
    }
}
