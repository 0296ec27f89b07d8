package dev.ccp.cli.command;

import dev.ccp.cli.CcpCommand;
import dev.ccp.cli.CommandContext;
import dev.ccp.cli.CommandOptions;
import dev.ccp.cli.CommandSpec;
import dev.ccp.cluster.ClusterSession;
import dev.ccp.cluster.preflight.DeployedImages;
import dev.ccp.cluster.preflight.Preflight;
import dev.ccp.cluster.preflight.PreflightReport;
import dev.ccp.cluster.preflight.PreflightReport.RegistryAnswer;
import dev.ccp.deploy.DeploymentRender;
import dev.ccp.dsl.cloud.CloudLoader;
import dev.ccp.dsl.component.ServiceCatalog;
import dev.ccp.dsl.config.LoadedConfig;
import dev.ccp.dsl.problem.CcpException;
import dev.ccp.renderer.ModelSerialization;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import org.apache.commons.cli.CommandLine;

/**
 * {@code ccp preflight}: the API server and its version, the permission table
 * (SelfSubjectAccessReview per resource and verb), the nodes the topology matches, the registry
 * and whether it holds the images a deploy of the topology would use. Exit 1 when a permission
 * is denied or no node matches; unknowns and missing images are warnings.
 */
public final class PreflightCommand implements CcpCommand {

    @Override
    public CommandSpec spec() {
        return new CommandSpec("preflight", "check the cluster before a deploy: API, permissions, nodes, registry, images", "",
                CommandOptions.of());
    }

    @Override
    public int run(CommandContext context, CommandLine line) {
        LoadedConfig config = context.loadConfig();
        PreflightReport report;
        try (ClusterSession session = ClusterSession.open(config.config().kubernetes())) {
            Preflight preflight = session.preflight();
            report = preflight.run(config.config());
            if (report.failures().isEmpty() && report.registry().filter(RegistryAnswer::reachable).isPresent()) {
                // The images of a plain `ccp deploy`: every service the topology places on the cluster's nodes.
                ServiceCatalog catalog = CloudLoader.standard().components(config).services();
                DeploymentRender render = DeploymentRender.of(config, catalog, report.nodes(), List.of(), List.of(),
                        ModelSerialization.create());
                report = preflight.withImages(report, config.config().registry(),
                        DeployedImages.of(render.environment().objects()));
            }
        }
        context.console().out().print(report.render());
        context.console().out().flush();
        report.warnings().forEach(context.console()::warn);
        report.failures().forEach(context.console()::error);
        return report.failures().isEmpty() ? 0 : 1;
    }

    /** The deploy's preflight {@code report}: warnings shown, failures thrown; the report, for {@link #warnAboutImages}. */
    static PreflightReport requirePassed(CommandContext context, PreflightReport report) {
        context.console().debug(report.render());
        report.warnings().forEach(w -> context.console().warn("preflight: " + w));
        if (!report.failures().isEmpty()) {
            throw new CcpException("preflight failed on " + report.apiServer() + ": " + String.join("; ", report.failures()));
        }
        return report;
    }

    /** The deploy's image check, once it knows what it renders: missing images are warnings, never failures. */
    static void warnAboutImages(CommandContext context, LoadedConfig config, Preflight preflight, PreflightReport report,
            List<HasMetadata> objects) {
        PreflightReport withImages = preflight.withImages(report, config.config().registry(), DeployedImages.of(objects));
        if (withImages.images().isEmpty()) {
            return;
        }
        context.console().debug(withImages.render());
        List<String> before = report.warnings();
        withImages.warnings().stream().filter(w -> !before.contains(w)).forEach(w -> context.console().warn("preflight: " + w));
    }
}
