package dev.ccp.cli.command;

import dev.ccp.cli.CcpCommand;
import dev.ccp.cli.CommandContext;
import dev.ccp.cli.CommandOptions;
import dev.ccp.cli.CommandSpec;
import dev.ccp.deploy.ComponentSelection;
import dev.ccp.deploy.ExportDirectory;
import dev.ccp.dsl.cloud.Cloud;
import dev.ccp.dsl.cloud.CloudLoader;
import dev.ccp.dsl.component.ServiceCatalog;
import dev.ccp.dsl.config.LoadedConfig;
import dev.ccp.dsl.problem.CcpException;
import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import dev.ccp.renderer.EnvironmentRenderer;
import dev.ccp.renderer.ObjectExporter;
import dev.ccp.renderer.RenderRequest;
import dev.ccp.renderer.RenderedEnvironment;
import dev.ccp.topology.PlacedTopology;
import dev.ccp.topology.StaticNodes;
import dev.ccp.topology.TopologyBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.apache.commons.cli.CommandLine;

/**
 * {@code ccp deploy}: validate, DSL version gate, topology, selection, render. With
 * {@code --dry-run --nodes n1,n2,...} it works offline: every object is printed as YAML (or
 * written to {@code --export-dir}), and nothing else is written anywhere.
 */
public final class DeployCommand implements CcpCommand {

    private static final String DRY_RUN = "dry-run";
    private static final String EXPORT_DIR = "export-dir";
    private static final String NODES = "nodes";
    private static final String FORCE = "force";

    @Override
    public CommandSpec spec() {
        return new CommandSpec("deploy", "deploy components to Kubernetes (offline: --dry-run --nodes ...)", "",
                CommandOptions.of(CommandOptions.components(),
                        CommandOptions.flag(null, DRY_RUN, "render only: print the objects, send nothing to a cluster"),
                        CommandOptions.valued(null, EXPORT_DIR, "DIR", "write every object as YAML into DIR"),
                        CommandOptions.valued(null, NODES, "N1,N2,...", "node names to place services on (offline)"),
                        CommandOptions.flag(null, FORCE, "with --export-dir: replace the YAML files of an earlier export")));
    }

    @Override
    public int run(CommandContext context, CommandLine line) {
        if (!line.hasOption(DRY_RUN)) {
            throw new CcpException("deploying to a cluster is not available yet (it arrives with the cluster operations"
                    + " issue); render offline with: ccp deploy --dry-run --nodes node1,node2,... [--export-dir DIR]");
        }
        if (!line.hasOption(NODES)) {
            throw new InvalidInputException(Problem.at(null, "--nodes",
                    "--dry-run needs the node names (--nodes node1,node2,...) until cluster access arrives"));
        }
        StaticNodes nodes = StaticNodes.parse(line.getOptionValue(NODES));
        Optional<ExportDirectory> export = Optional.ofNullable(line.getOptionValue(EXPORT_DIR))
                .map(dir -> ExportDirectory.check(context.environment().workingDir().resolve(dir), line.hasOption(FORCE)));

        LoadedConfig config = context.loadConfig();
        Cloud cloud = CloudLoader.standard().components(config);
        ServiceCatalog catalog = cloud.services();
        PlacedTopology placed = TopologyBuilder.of(config).place(nodes, TopologyBuilder.daemonSets(catalog.definitions()));
        placed.warnings().forEach(w -> context.console().warn(w.format()));
        List<String> requested = CommandOptions.lastValues(line, CommandOptions.COMPONENTS);
        SortedSet<String> services = ComponentSelection.select(catalog, placed.topology(), requested, List.of());
        RenderedEnvironment environment = EnvironmentRenderer.standard()
                .render(RenderRequest.of(config, catalog, placed.topology()).withServices(services));

        ObjectExporter exporter = ObjectExporter.standard();
        if (export.isPresent()) {
            Path dir = export.get().prepare();
            List<Path> written = exporter.export(environment.objects(), dir);
            context.console().info("exported " + written.size() + " objects of " + services.size() + " services to " + dir);
        } else {
            context.console().out().print(exporter.toYamlStream(environment.objects()));
            context.console().out().flush();
            context.console().info("rendered " + environment.objects().size() + " objects of " + services.size()
                    + " services (dry run: nothing was sent to a cluster)");
        }
        return 0;
    }
}
