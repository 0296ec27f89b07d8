package dev.ccp.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs an exported environment on the local Docker Engine: every pod's containers started at once
 * (the agents' etcd gates order them, as on a cluster), then watched until every long-running pod
 * is ready and every Job complete, or until one Job fails or the deadline passes.
 */
public final class EnvironmentRun {

    /** Label on every container the harness starts, naming the environment. */
    public static final String LABEL = "dev.ccp.harness.namespace";

    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

    private final ContainerRuntime runtime;
    private final NodeSettings node;
    private final Consumer<String> out;

    public EnvironmentRun(ContainerRuntime runtime, NodeSettings node, Consumer<String> out) {
        this.runtime = runtime;
        this.node = node;
        this.out = out;
    }

    /** The outcome of {@link #up}: true when every pod settled in time. */
    public record Outcome(boolean settled, Duration elapsed, Map<String, PodProgress> pods) {
        public Outcome {
            pods = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pods));
        }
    }

    /** One started container of a pod. */
    private record Started(LocalPod pod, LocalContainer container, String id) {
    }

    public Outcome up(ExportedObjects objects, Duration timeout) {
        long start = System.nanoTime();
        down();
        List<LocalPod> pods = new PodMaterializer(objects, node).materialize();
        List<String> hosts = HostAliases.of(objects, node);
        pods.stream().flatMap(pod -> pod.containers().stream()).map(LocalContainer::image).distinct().sorted()
                .forEach(runtime::ensureImage);
        List<Started> started = new ArrayList<>();
        for (LocalPod pod : pods) {
            for (LocalContainer container : pod.containers()) {
                ContainerRuntime.Restart restart = pod.job()
                        ? ContainerRuntime.Restart.onFailure(pod.backoffLimit())
                        : ContainerRuntime.Restart.whenStopped();
                String id = runtime.start(new ContainerRuntime.Start(containerName(node.namespace(), pod, container), container,
                        Map.of(LABEL, node.namespace()), hosts, pod.hostPid(), restart));
                started.add(new Started(pod, container, id));
            }
        }
        out.accept("started " + started.size() + " container(s) of " + pods.size() + " pod(s) on node "
                + node.name() + " (host network); state in " + node.stateDir());
        Map<String, PodProgress> progress = watch(pods, started, start, timeout);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        boolean settled = progress.values().stream().allMatch(PodProgress::settled);
        saveLogs(started);
        if (!settled) {
            explain(progress, started);
        }
        return new Outcome(settled, elapsed, progress);
    }

    /** Removes every container of the environment the harness started earlier. */
    public void down() {
        runtime.labelled(LABEL, node.namespace()).forEach(runtime::remove);
        deleteTree(node.podsDir());
    }

    /** Removes the containers and the whole state directory, host-path data included. */
    public void purge() {
        down();
        deleteTree(node.stateDir());
    }

    private Map<String, PodProgress> watch(List<LocalPod> pods, List<Started> started, long start, Duration timeout) {
        long deadline = start + timeout.toNanos();
        String last = "";
        long lastPrinted = 0;
        while (true) {
            Map<String, PodProgress> progress = new LinkedHashMap<>();
            for (LocalPod pod : pods) {
                progress.put(pod.name(), progress(pod, started));
            }
            String line = summary(pods, progress);
            long now = System.nanoTime();
            if (!line.equals(last) || now - lastPrinted > Duration.ofSeconds(30).toNanos()) {
                out.accept(String.format("[%4ds] %s", Duration.ofNanos(now - start).toSeconds(), line));
                last = line;
                lastPrinted = now;
            }
            boolean failed = progress.containsValue(PodProgress.FAILED);
            boolean settled = progress.values().stream().allMatch(PodProgress::settled);
            if (failed || settled || now > deadline) {
                if (!failed && !settled) {
                    out.accept("deadline of " + timeout.toSeconds() + " s passed");
                }
                return progress;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return progress;
            }
        }
    }

    private PodProgress progress(LocalPod pod, List<Started> started) {
        List<Started> mine = started.stream().filter(s -> s.pod() == pod).toList();
        if (pod.job()) {
            boolean complete = true;
            for (Started container : mine) {
                ContainerRuntime.State state = runtime.state(container.id());
                boolean exited = !state.running() && !state.restarting();
                if (exited && state.exitCode() != 0 && state.restartCount() >= pod.backoffLimit()) {
                    return PodProgress.FAILED;
                }
                complete &= exited && state.exitCode() == 0;
            }
            return complete ? PodProgress.COMPLETE : PodProgress.PENDING;
        }
        for (Started container : mine) {
            if (!runtime.state(container.id()).running() || !ready(container)) {
                return PodProgress.PENDING;
            }
        }
        return PodProgress.READY;
    }

    private boolean ready(Started started) {
        Readiness readiness = started.container().readiness();
        if (readiness instanceof Readiness.Exec exec) {
            return runtime.exec(started.id(), exec.command(), PROBE_TIMEOUT) == 0;
        }
        if (readiness instanceof Readiness.HttpGet http) {
            return httpReady(http);
        }
        if (readiness instanceof Readiness.TcpSocket tcp) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", tcp.port()), (int) PROBE_TIMEOUT.toMillis());
                return true;
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    private static boolean httpReady(Readiness.HttpGet http) {
        try {
            URI uri = URI.create(http.scheme().toLowerCase() + "://127.0.0.1:" + http.port() + http.path());
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout((int) PROBE_TIMEOUT.toMillis());
            connection.setReadTimeout((int) PROBE_TIMEOUT.toMillis());
            connection.setInstanceFollowRedirects(false);
            int code = connection.getResponseCode();
            connection.disconnect();
            return code >= 200 && code < 400;
        } catch (IOException e) {
            return false;
        }
    }

    private static String summary(List<LocalPod> pods, Map<String, PodProgress> progress) {
        long services = pods.stream().filter(p -> !p.job()).count();
        long jobs = pods.size() - services;
        long ready = progress.values().stream().filter(p -> p == PodProgress.READY).count();
        long complete = progress.values().stream().filter(p -> p == PodProgress.COMPLETE).count();
        List<String> waiting = pods.stream().filter(p -> progress.get(p.name()) == PodProgress.PENDING).map(LocalPod::name).toList();
        List<String> failed = pods.stream().filter(p -> progress.get(p.name()) == PodProgress.FAILED).map(LocalPod::name).toList();
        StringBuilder line = new StringBuilder()
                .append(ready).append('/').append(services).append(" pods ready, ")
                .append(complete).append('/').append(jobs).append(" jobs complete");
        if (!failed.isEmpty()) {
            line.append("; failed: ").append(String.join(", ", failed));
        }
        if (!waiting.isEmpty()) {
            line.append("; waiting: ").append(String.join(", ", waiting));
        }
        return line.toString();
    }

    private void explain(Map<String, PodProgress> progress, List<Started> started) {
        for (Started container : started) {
            PodProgress state = progress.get(container.pod().name());
            if (state.settled()) {
                continue;
            }
            out.accept("--- " + container.pod().name() + "/" + container.container().name() + " ("
                    + state.name().toLowerCase() + "), last lines:");
            runtime.tail(container.id(), 40).forEach(line -> out.accept("  " + line));
        }
        out.accept("full logs: " + node.logsDir());
    }

    private void saveLogs(List<Started> started) {
        try {
            Files.createDirectories(node.logsDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Started container : started) {
            runtime.saveLogs(container.id(), node.logsDir().resolve(container.pod().name() + "_" + container.container().name() + ".log"));
        }
    }

    static String containerName(String namespace, LocalPod pod, LocalContainer container) {
        return ("ccp-" + namespace + "-" + pod.name() + "-" + container.name()).replaceAll("[^a-zA-Z0-9_.-]", "-");
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new HarnessException("cannot delete " + root + ": " + e.getMessage(), e);
        }
    }
}
