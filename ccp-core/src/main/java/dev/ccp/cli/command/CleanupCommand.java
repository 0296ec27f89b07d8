package dev.ccp.cli.command;

import dev.ccp.cli.CcpCommand;
import dev.ccp.cli.CommandContext;
import dev.ccp.cli.CommandOptions;
import dev.ccp.cli.CommandSpec;
import dev.ccp.cli.Console;
import dev.ccp.cluster.ClusterAccess;
import dev.ccp.cluster.Fabric8Cluster;
import dev.ccp.cluster.Pause;
import dev.ccp.cluster.RetryPolicy;
import dev.ccp.cluster.cleanup.CleanupResult;
import dev.ccp.cluster.cleanup.EnvironmentCleaner;
import dev.ccp.cluster.cleanup.OpenStackCleaner;
import dev.ccp.cluster.cleanup.OpenStackCleanupResult;
import dev.ccp.cluster.cleanup.OpenStackResourceKind;
import dev.ccp.dsl.config.CcpConfig;
import dev.ccp.dsl.config.KubernetesConfig;
import dev.ccp.dsl.problem.CcpException;
import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import dev.ccp.openstack.ConfiguredCredentials;
import dev.ccp.openstack.Keystone;
import dev.ccp.openstack.OpenStackAuthenticationException;
import dev.ccp.openstack.OpenStackCredentials;
import dev.ccp.openstack.OpenStackException;
import dev.ccp.openstack.OpenStackHttp;
import dev.ccp.openstack.OpenStackSession;
import dev.ccp.openstack.OpenStackUnreachableException;
import dev.ccp.openstack.TlsVerification;
import dev.ccp.renderer.OpenRc;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.cli.CommandLine;

/**
 * {@code ccp cleanup [--skip-os-cleanup] [--auth-url URL] [--insecure | --ca-cert PATH] [--force]
 * [--timeout SECONDS]} (REFERENCE 1.6, 7.2).
 * <p>
 * First the OpenStack resources, while the cloud still runs: as the administrator of the config
 * ({@code openstack.*}, {@code secret_configs.openstack.user_password}) through keystone v3 at
 * {@code --auth-url} (default: keystone's external address + {@code /v3}, as the openrc file has
 * it), the servers, images, floating IPs, routers, ports, networks and Swift containers of all
 * projects are deleted through the catalog's public endpoints (what an operator outside the
 * cluster reaches). When keystone cannot be reached at all (refused, no connection within 5 s,
 * unresolvable name) a warning says so and that part is skipped: the cloud is gone or not
 * reachable from here, and its resources go with its databases. When keystone refuses the
 * credentials, or a deletion fails, the command stops with exit 1 before anything is deleted from
 * Kubernetes. {@code --skip-os-cleanup} (or {@code action.skip_os_cleanup}) sends no request to
 * OpenStack at all.
 * <p>
 * Then the Kubernetes part: the environment's objects found by the label
 * {@code ccp-environment=<namespace>}, then the namespace, waiting (default 180 s, the original's
 * 60 polls of 3 s). {@code --force} removes the finalizers of what is stuck after the deadline.
 * <p>
 * Certificates of https APIs are checked against {@code --ca-cert}, else the environment's own CA
 * ({@code security.tls.ca_cert} when {@code create_certificates} is on, as {@code OS_CACERT} in
 * the openrc file), else the JDK's authorities; {@code --insecure} checks nothing. Passwords and
 * tokens are never printed.
 */
public final class CleanupCommand implements CcpCommand {

    private static final String FORCE = "force";
    private static final String TIMEOUT = "timeout";
    private static final String SKIP_OS = "skip-os-cleanup";
    private static final String AUTH_URL = "auth-url";
    private static final String INSECURE = "insecure";
    private static final String CA_CERT = "ca-cert";

    private static final Duration POLL_INTERVAL = Duration.ofSeconds(3);
    private static final Duration KEYSTONE_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /** The catalog endpoints an operator outside the cluster reaches (keystone_client registers the external address there). */
    private static final String ENDPOINT_INTERFACE = "public";

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
        return new CommandSpec("cleanup", "delete the environment: OpenStack resources, then the Kubernetes objects", "",
                CommandOptions.of(
                        CommandOptions.valued(null, AUTH_URL, "URL", "keystone v3 URL for the OpenStack part (default: "
                                + "keystone's external address + /v3, as in the openrc file)"),
                        CommandOptions.flag(null, SKIP_OS, "do not delete OpenStack resources; without it the servers, "
                                + "images, floating IPs, routers, ports, networks and Swift containers of all projects "
                                + "are deleted first as openstack.user_name (keystone not reachable: warning, skipped; "
                                + "credentials refused or a deletion failing: exit 1, nothing deleted from Kubernetes)"),
                        CommandOptions.flag(null, INSECURE, "do not verify the certificates of the OpenStack APIs"),
                        CommandOptions.valued(null, CA_CERT, "PATH", "CA certificate (PEM) for the OpenStack APIs "
                                + "(default: security.tls.ca_cert when create_certificates is on, else the JDK's)"),
                        CommandOptions.flag(null, FORCE, "remove the finalizers of objects still there after the timeout"),
                        CommandOptions.valued(null, TIMEOUT, "SECONDS", "how long to wait for the servers and for the "
                                + "namespace to go (default 180)")));
    }

    @Override
    public int run(CommandContext context, CommandLine line) {
        Duration timeout = Duration.ofSeconds(seconds(line.getOptionValue(TIMEOUT, "180")));
        if (line.hasOption(INSECURE) && line.hasOption(CA_CERT)) {
            throw new InvalidInputException(Problem.at(null, "--" + CA_CERT, "--insecure and --ca-cert exclude each other"));
        }
        CcpConfig config = context.loadConfigAsIs().config();
        if (line.hasOption(SKIP_OS) || config.action().skipOsCleanup()) {
            context.console().debug("OpenStack resources are not deleted (--skip-os-cleanup)");
        } else {
            deleteOpenStackResources(context, line, config, timeout);
        }
        deleteKubernetesObjects(context.console(), config.kubernetes(), line.hasOption(FORCE), timeout);
        return 0;
    }

    private void deleteOpenStackResources(CommandContext context, CommandLine line, CcpConfig config, Duration timeout) {
        Console console = context.console();
        Optional<String> authUrl = Optional.ofNullable(line.getOptionValue(AUTH_URL)).or(() -> config.action().authUrl());
        OpenStackCredentials credentials = ConfiguredCredentials.read(config, authUrl);
        TlsVerification tls = tls(context, line, config);
        console.debug("OpenStack APIs: certificates checked against " + tls.describe());
        try (OpenStackHttp http = OpenStackHttp.create(tls, KEYSTONE_CONNECT_TIMEOUT, REQUEST_TIMEOUT)) {
            console.info("Cleaning up OpenStack resources as " + credentials.userName() + " through keystone at "
                    + credentials.authUrl());
            login(console, http, credentials).ifPresent(session -> deleteAll(console, session, timeout));
        }
    }

    /** The session, or empty (with a warning) when keystone cannot be reached. */
    private static Optional<OpenStackSession> login(Console console, OpenStackHttp http, OpenStackCredentials credentials) {
        try {
            return Optional.of(new Keystone(http, ENDPOINT_INTERFACE).authenticate(credentials));
        } catch (OpenStackUnreachableException e) {
            console.warn("keystone is not reachable (" + e.getMessage() + "): the OpenStack resources (servers, images, "
                    + "networks, containers) are NOT deleted, only the Kubernetes objects. Give keystone's address with "
                    + "--auth-url to delete them, or pass --skip-os-cleanup when OpenStack is not deployed");
            return Optional.empty();
        } catch (OpenStackAuthenticationException e) {
            throw new CcpException(e.getMessage() + ": nothing was deleted. Check openstack.user_name, "
                    + "openstack.project_name and secret_configs.openstack.user_password, or pass --skip-os-cleanup "
                    + "to delete only the Kubernetes objects", e);
        } catch (OpenStackException e) {
            throw new CcpException(e.getMessage() + ": nothing was deleted. Pass --skip-os-cleanup to delete only the "
                    + "Kubernetes objects", e);
        }
    }

    private void deleteAll(Console console, OpenStackSession session, Duration timeout) {
        OpenStackCleanupResult result;
        try {
            result = new OpenStackCleaner(Clock.systemUTC(), pause, POLL_INTERVAL, console::info).cleanup(session, timeout);
        } catch (OpenStackException e) {
            throw new CcpException("OpenStack cleanup failed: " + e.getMessage() + ". The Kubernetes objects were not "
                    + "deleted; run again, or pass --skip-os-cleanup to delete them without the OpenStack resources", e);
        }
        for (OpenStackResourceKind kind : OpenStackResourceKind.values()) {
            if (!result.deleted(kind).isEmpty()) {
                console.debug("deleted " + kind.plural() + ": " + result.deleted(kind));
            }
        }
        console.info("OpenStack cleanup has been finished: " + result.summary());
    }

    private static TlsVerification tls(CommandContext context, CommandLine line, CcpConfig config) {
        if (line.hasOption(INSECURE)) {
            return TlsVerification.insecure();
        }
        if (line.hasOption(CA_CERT)) {
            Path file = context.environment().workingDir().resolve(line.getOptionValue(CA_CERT));
            try {
                return TlsVerification.trusting(Files.readString(file), file.toString());
            } catch (IOException | IllegalArgumentException e) {
                throw new InvalidInputException(Problem.at(null, "--" + CA_CERT, "cannot use " + file + ": " + e.getMessage()));
            }
        }
        Optional<String> environmentCa = OpenRc.caCertificate(config).filter(pem -> !pem.isBlank());
        if (environmentCa.isPresent()) {
            try {
                return TlsVerification.trusting(environmentCa.get(), "security.tls.ca_cert");
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(Problem.at(null, "secret_configs.security.tls.ca_cert", e.getMessage()));
            }
        }
        return TlsVerification.system();
    }

    private void deleteKubernetesObjects(Console console, KubernetesConfig kubernetes, boolean force, Duration timeout) {
        String namespace = kubernetes.namespace();
        CleanupResult result;
        try (KubernetesClient client = connect.apply(kubernetes)) {
            result = new EnvironmentCleaner(new Fabric8Cluster(client), RetryPolicy.standard().withPause(pause),
                    Clock.systemUTC(), pause, POLL_INTERVAL).cleanup(namespace, timeout, force);
        }
        if (!result.namespaceFound()) {
            console.info("Kubernetes namespace not found");
        }
        result.forced().forEach(r -> console.warn("removed the finalizers of " + r.describe()));
        console.info("deleted " + result.deleted().size() + " objects"
                + (result.namespaceFound() ? " and namespace " + namespace : ""));
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
