package dev.ccp.cli.command;

import dev.ccp.cli.CcpCommand;
import dev.ccp.cli.CommandContext;
import dev.ccp.cli.CommandOptions;
import dev.ccp.cli.CommandSpec;
import dev.ccp.cluster.ClusterSession;
import dev.ccp.cluster.RetryPolicy;
import dev.ccp.cluster.apply.ApplyResult;
import dev.ccp.cluster.apply.Plan;
import dev.ccp.cluster.apply.PlanJson;
import dev.ccp.cluster.apply.PlanText;
import dev.ccp.cluster.preflight.Preflight;
import dev.ccp.cluster.preflight.PreflightReport;
import dev.ccp.cluster.tls.EnvironmentTls;
import dev.ccp.cluster.tls.SubjectNames;
import dev.ccp.cluster.tls.TlsOutcome;
import dev.ccp.cluster.tls.TlsSettings;
import dev.ccp.cluster.wait.ProgressDisplay;
import dev.ccp.cluster.wait.WaitProgress;
import dev.ccp.deploy.ClusterDeployment;
import dev.ccp.deploy.DeploymentRender;
import dev.ccp.deploy.ExportDirectory;
import dev.ccp.dsl.cloud.CloudLoader;
import dev.ccp.dsl.component.ServiceCatalog;
import dev.ccp.dsl.config.LoadedConfig;
import dev.ccp.dsl.problem.CcpException;
import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import dev.ccp.renderer.ObjectExporter;
import dev.ccp.renderer.OpenRc;
import dev.ccp.renderer.RenderedEnvironment;
import dev.ccp.topology.StaticNodes;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.stream.Stream;
import org.apache.commons.cli.CommandLine;

/**
 * {@code ccp deploy}: validate, DSL version gate, topology, selection, render, then plan and apply
 * to the cluster (only what changed), optionally waiting for readiness. With
 * {@code --dry-run --nodes n1,n2,...} it works offline: every object is printed as YAML (or
 * written to {@code --export-dir}), and nothing else is written anywhere.
 */
public final class DeployCommand implements CcpCommand {

    private static final String DRY_RUN = "dry-run";
    private static final String EXPORT_DIR = "export-dir";
    private static final String NODES = "nodes";
    private static final String FORCE = "force";
    private static final String PLAN = "plan";
    private static final String FORMAT = "format";
    private static final String PRUNE = "prune";
    private static final String WAIT = "wait";
    private static final String TIMEOUT = "timeout";
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(900);
    private static final String CA_CERT_FILE = "ca-cert.pem";

    @Override
    public CommandSpec spec() {
        return new CommandSpec("deploy", "deploy components to Kubernetes (offline: --dry-run --nodes ...)", "",
                CommandOptions.of(CommandOptions.components(),
                        CommandOptions.flag(null, DRY_RUN, "render only: print the objects, send nothing to a cluster"),
                        CommandOptions.valued(null, EXPORT_DIR, "DIR", "also write every object as YAML into DIR"),
                        CommandOptions.valued(null, NODES, "N1,N2,...", "node names to place services on (default: the cluster's nodes)"),
                        CommandOptions.flag(null, FORCE, "with --export-dir: replace the YAML files of an earlier export"),
                        CommandOptions.flag(null, PLAN, "show what would change (create, update, unchanged, prune) and stop"),
                        CommandOptions.valued("f", FORMAT, "text|json", "format of --plan (default text)"),
                        CommandOptions.flag(null, PRUNE, "delete objects of this environment that the render no longer has"),
                        CommandOptions.flag(null, WAIT, "wait until every workload and job is ready"),
                        CommandOptions.valued(null, TIMEOUT, "SECONDS", "deadline of --wait (default 900)")));
    }

    @Override
    public int run(CommandContext context, CommandLine line) {
        return run(context, line, line.hasOption(PLAN));
    }

    /**
     * The whole deploy; with {@code planOnly} it stops after showing the plan. Options a command
     * line does not define (as {@code ccp diff}'s has no {@code --dry-run}) count as absent.
     */
    int run(CommandContext context, CommandLine line, boolean planOnly) {
        try (ClusterSession.Scope sessions = new ClusterSession.Scope()) {
            return run(context, line, planOnly, sessions);
        }
    }

    /** The deploy, with the cluster (when not a dry run) opened in {@code sessions}. */
    private int run(CommandContext context, CommandLine line, boolean planOnly, ClusterSession.Scope sessions) {
        boolean dryRun = line.hasOption(DRY_RUN);
        if (dryRun && !line.hasOption(NODES)) {
            throw new InvalidInputException(Problem.at(null, "--nodes",
                    "--dry-run needs the node names (--nodes node1,node2,...): a dry run never asks a cluster"));
        }
        Optional<StaticNodes> givenNodes = Optional.ofNullable(line.getOptionValue(NODES)).map(StaticNodes::parse);
        String format = Optional.ofNullable(line.getOptionValue(FORMAT)).orElse("text");
        if (!format.equals("text") && !format.equals("json")) {
            throw new InvalidInputException(Problem.at(null, "--format", "expected text or json, found '" + format + "'"));
        }
        Duration timeout = line.hasOption(TIMEOUT) ? timeout(line) : DEFAULT_TIMEOUT;
        Optional<ExportDirectory> export = Optional.ofNullable(line.getOptionValue(EXPORT_DIR))
                .map(dir -> ExportDirectory.check(context.environment().workingDir().resolve(dir), line.hasOption(FORCE)));

        long start = System.nanoTime();
        LoadedConfig config = context.loadConfig();
        TlsSettings tls = TlsSettings.from(config.config());
        context.console().debug(String.format("config loaded in %d ms", (System.nanoTime() - start) / 1_000_000));
        Optional<ClusterSession> session = dryRun ? Optional.empty() : Optional.of(sessions.open(config.config().kubernetes()));
        // The preflight checks run while the definitions load and the render is made; nothing is written before they pass.
        Optional<Preflight.Running> checks = dryRun || planOnly ? Optional.empty()
                : session.map(s -> s.preflight().start(config.config()));
        ServiceCatalog catalog = CloudLoader.standard().components(config).services();
        context.console().debug(String.format("service definitions loaded in %d ms", (System.nanoTime() - start) / 1_000_000));
        String namespace = config.config().kubernetes().namespace();
        Optional<ClusterDeployment> cluster = session.map(s -> new ClusterDeployment(s.cluster(), RetryPolicy.standard()));
        List<String> nodeNames = givenNodes.map(StaticNodes::nodeNames)
                .or(() -> checks.map(Preflight.Running::awaitNodes))
                .orElseGet(() -> cluster.orElseThrow().nodeNames());
        List<String> requested = CommandOptions.lastValues(line, CommandOptions.COMPONENTS);
        Collection<String> deployed = requested.isEmpty() ? List.of()
                : cluster.map(c -> (Collection<String>) c.deployedComponents(namespace)).orElse(List.of());
        DeploymentRender render = DeploymentRender.of(config, catalog, nodeNames, requested, deployed);
        Optional<PreflightReport> preflight = checks.map(c -> PreflightCommand.requirePassed(context, c.awaitReport()));
        render.warnings().forEach(w -> context.console().warn(w.format()));
        RenderedEnvironment environment = render.environment();
        SortedSet<String> services = render.services();
        context.console().debug(String.format("%d objects rendered in %d ms", environment.objects().size(),
                (System.nanoTime() - start) / 1_000_000));
        preflight.ifPresent(report -> PreflightCommand.warnAboutImages(context, config, session.orElseThrow().preflight(),
                report, environment.objects()));

        ObjectExporter exporter = ObjectExporter.standard();
        if (export.isPresent()) {
            Path dir = export.get().prepare();
            List<Path> written = exporter.export(environment.objects(), dir);
            context.console().debug(String.format("exported in %d ms", (System.nanoTime() - start) / 1_000_000));
            context.console().info("exported " + written.size() + " objects of " + services.size() + " services to " + dir);
        }
        if (dryRun) {
            if (export.isEmpty()) {
                context.console().out().print(exporter.toYamlStream(environment.objects()));
                context.console().out().flush();
            }
            context.console().info("rendered " + environment.objects().size() + " objects of " + services.size()
                    + " services (dry run: nothing was sent to a cluster)");
            return 0;
        }
        return deploy(context, line, planOnly, cluster.orElseThrow(), namespace, environment, services, config, tls, timeout,
                format);
    }

    private int deploy(CommandContext context, CommandLine line, boolean planOnly, ClusterDeployment cluster, String namespace,
            RenderedEnvironment environment, SortedSet<String> services, LoadedConfig config, TlsSettings tlsSettings,
            Duration timeout, String format) {
        Optional<TlsOutcome> tls = tlsSecret(context, cluster, namespace, config, tlsSettings, environment.objects());
        List<HasMetadata> objects = Stream.concat(environment.objects().stream(), tls.map(TlsOutcome::secret).stream())
                .toList();
        if (planOnly) {
            Plan plan = cluster.plan(namespace, objects);
            context.console().out().print(format.equals("json") ? new PlanJson().render(plan) : new PlanText().render(plan, false));
            context.console().out().flush();
            return 0;
        }
        ApplyResult result = cluster.apply(namespace, objects, line.hasOption(PRUNE), holder(),
                plan -> PlanText.restartLines(plan).forEach(context.console()::info));
        context.console().info(result.summary());
        tls.filter(outcome -> outcome.action() != TlsOutcome.Action.REUSED).map(TlsOutcome::describe)
                .ifPresent(context.console()::info);
        if (services.contains("keystone")) {
            writeOpenRc(context, config, tls.map(outcome -> outcome.material().caCertificatePem()));
        }
        if (line.hasOption(WAIT)) {
            ProgressDisplay display = new ProgressDisplay(context.console().errWriter(), context.console().isTerminal());
            Plan applied = cluster.plan(namespace, objects);
            WaitProgress done = cluster.await(applied, timeout, display::show);
            context.console().info(done.headline());
        }
        return 0;
    }

    /**
     * The environment's TLS Secret when {@code security.tls.create_certificates} is on: the live
     * one reused or completed, or a new CA and server certificate for every name of the render.
     */
    private static Optional<TlsOutcome> tlsSecret(CommandContext context, ClusterDeployment cluster, String namespace,
            LoadedConfig config, TlsSettings settings, List<HasMetadata> rendered) {
        if (!settings.createCertificates()) {
            return Optional.empty();
        }
        SortedSet<String> names = SubjectNames.of(rendered, namespace, config.config().kubernetes().clusterDomain());
        TlsOutcome outcome = cluster.tlsSecret(namespace, new EnvironmentTls(Clock.systemUTC(), settings), names);
        outcome.warning().ifPresent(context.console()::warn);
        return Optional.of(outcome);
    }

    /**
     * {@code openrc-<namespace>} in the working directory (REFERENCE 7.7); with the environment's
     * CA, {@code ca-cert.pem} next to it and {@code OS_CACERT} naming it.
     */
    private static void writeOpenRc(CommandContext context, LoadedConfig config, Optional<String> caCertificate) {
        Path file = context.environment().workingDir().resolve(OpenRc.fileName(config.config()));
        try {
            Optional<Path> caFile = Optional.empty();
            if (caCertificate.isPresent()) {
                caFile = Optional.of(file.resolveSibling(CA_CERT_FILE).toAbsolutePath());
                Files.writeString(caFile.get(), caCertificate.get());
            }
            Files.writeString(file, OpenRc.content(config.config(), caFile));
            context.console().info("Openrc file for this deployment created at " + file);
        } catch (IOException e) {
            throw new CcpException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static Duration timeout(CommandLine line) {
        String value = line.getOptionValue(TIMEOUT, "900");
        try {
            long seconds = Long.parseLong(value);
            if (seconds < 1) {
                throw new NumberFormatException();
            }
            return Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(Problem.at(null, "--timeout", "expected a number of seconds >= 1, found '" + value + "'"));
        }
    }

    private static String holder() {
        ProcessHandle self = ProcessHandle.current();
        return System.getProperty("user.name") + " pid " + self.pid();
    }
}
