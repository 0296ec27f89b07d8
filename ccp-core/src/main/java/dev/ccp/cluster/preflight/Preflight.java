package dev.ccp.cluster.preflight;

import dev.ccp.cluster.BoundedParallel;
import dev.ccp.cluster.Cluster;
import dev.ccp.cluster.RetryPolicy;
import dev.ccp.cluster.preflight.PreflightReport.RegistryAnswer;
import dev.ccp.dsl.config.CcpConfig;
import dev.ccp.dsl.config.ConfigMerger;
import dev.ccp.dsl.config.RegistryConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The checks of {@code ccp preflight} (and of the start of every deploy): API version, the
 * permissions ccp needs (one SelfSubjectAccessReview per resource and verb, in the
 * environment's namespace; namespaces cluster-wide), the nodes the topology matches, the
 * registry's {@code /v2/} and, given the images a deploy will use, whether the registry holds them.
 * Holds the HTTP client of the registry checks: close it when done.
 */
public final class Preflight implements AutoCloseable {

    private static final int CONCURRENT_REQUESTS = 8;

    /** Resource, API group: what ccp creates, reads, updates and deletes. */
    static final Map<String, String> RESOURCES = resources();
    static final List<String> VERBS = List.of("create", "get", "list", "update", "delete");

    private final Cluster cluster;
    private final RetryPolicy retry;
    /** The registry's client, built when first asked for (building one loads the JDK's trust store); guarded by this. */
    private HttpClient http;

    public Preflight(Cluster cluster, RetryPolicy retry) {
        this.cluster = cluster;
        this.retry = retry;
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        }
        return http;
    }

    /**
     * The checks under way (see {@link #start}).
     *
     * @param nodes  the names of the cluster's nodes, sorted; known before the report, as a deploy
     *               places its services on them; fails when the report fails
     * @param report the whole report, or the failure of the first check that failed for good
     */
    public record Running(CompletableFuture<List<String>> nodes, CompletableFuture<PreflightReport> report) {

        public List<String> awaitNodes() {
            return BoundedParallel.join(nodes);
        }

        public PreflightReport awaitReport() {
            return BoundedParallel.join(report);
        }
    }

    /** Runs every check and returns the report (see {@link #start}). */
    public PreflightReport run(CcpConfig config) {
        return start(config).awaitReport();
    }

    /**
     * Starts every check at once, as they are independent round trips: the version, one
     * SelfSubjectAccessReview per resource and verb, the nodes and the registry's {@code /v2/},
     * at most {@value #CONCURRENT_REQUESTS} at a time on daemon threads. The first check that
     * fails for good (after its retries) fails the report, and the checks still to come are
     * dropped.
     */
    public Running start(CcpConfig config) {
        String namespace = config.kubernetes().namespace();
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT_REQUESTS, runnable -> {
            Thread thread = new Thread(runnable, "ccp-preflight");
            thread.setDaemon(true);
            return thread;
        });
        CompletableFuture<PreflightReport> report = new CompletableFuture<>();

        CompletableFuture<List<String>> nodes = ask(pool, report,
                () -> retry.call("list nodes of " + cluster.describe(), cluster::nodeNames));
        report.whenComplete((done, failure) -> {
            if (failure != null) {
                nodes.completeExceptionally(failure);
            }
        });
        CompletableFuture<Optional<String>> version = ask(pool, report,
                () -> retry.call("read the version of " + cluster.describe(), cluster::serverVersion));
        CompletableFuture<Optional<RegistryAnswer>> registry = config.registry().address().isBlank()
                ? CompletableFuture.completedFuture(Optional.empty())
                : ask(pool, report, () -> Optional.of(askRegistry(config.registry().address(), config.registry().insecure())));
        List<Map.Entry<String, String>> questions = new ArrayList<>();
        RESOURCES.keySet().forEach(resource -> VERBS.forEach(verb -> questions.add(Map.entry(resource, verb))));
        List<CompletableFuture<Optional<Boolean>>> answers = questions.stream().map(question -> ask(pool, report, () -> {
            String resource = question.getKey();
            String verb = question.getValue();
            String scope = resource.equals("namespaces") ? null : namespace;
            return retry.call("check access to " + verb + " " + resource,
                    () -> cluster.accessAllowed(verb, RESOURCES.get(resource), resource, scope));
        })).toList();

        // Once everything is asked: a failure drops the checks still to come, and the threads go with the report.
        report.whenComplete((done, failure) -> pool.shutdownNow());
        List<CompletableFuture<?>> all = new ArrayList<>(List.of(nodes, version, registry));
        all.addAll(answers);
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).thenRun(() -> {
            List<String> names = nodes.join();
            List<String> matched = names.stream()
                    .filter(node -> config.nodes().keySet().stream().anyMatch(pattern -> ConfigMerger.matchesNode(pattern, node)))
                    .toList();
            report.complete(new PreflightReport(cluster.describe(), version.join(),
                    permissions(questions, answers.stream().map(CompletableFuture::join).toList()), names, matched,
                    registry.join(), List.of()));
        }).exceptionally(failure -> {
            report.completeExceptionally(failure);
            return null;
        });
        return new Running(nodes, report);
    }

    /** {@code check} on the {@code pool}; its failure fails the {@code report}. */
    private static <T> CompletableFuture<T> ask(ExecutorService pool, CompletableFuture<PreflightReport> report,
            Supplier<T> check) {
        CompletableFuture<T> answer = CompletableFuture.supplyAsync(check, pool);
        answer.whenComplete((value, failure) -> {
            if (failure != null) {
                report.completeExceptionally(failure instanceof CompletionException wrapped && wrapped.getCause() != null
                        ? wrapped.getCause() : failure);
            }
        });
        return answer;
    }

    /** The answers to the (resource, verb) questions as the permission table, in table order. */
    private static List<PermissionRow> permissions(List<Map.Entry<String, String>> questions,
            List<Optional<Boolean>> answers) {
        Map<String, Map<String, Optional<Boolean>>> byResource = new LinkedHashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            byResource.computeIfAbsent(questions.get(i).getKey(), r -> new LinkedHashMap<>())
                    .put(questions.get(i).getValue(), answers.get(i));
        }
        List<PermissionRow> rows = new ArrayList<>();
        byResource.forEach((resource, verbs) -> rows.add(new PermissionRow(resource, verbs)));
        return rows;
    }

    /**
     * {@code report} with the answers of the registry about {@code references} (the images a
     * deploy will use); unchanged when no registry is configured or it did not answer.
     */
    public PreflightReport withImages(PreflightReport report, RegistryConfig registry, List<String> references) {
        return report.registry().filter(RegistryAnswer::reachable)
                .map(answer -> report.withImages(new RegistryManifests(http(), answer.base(), registry).check(references)))
                .orElse(report);
    }

    /** Closes the registry's HTTP client (on JDK 21 and newer, where it can be closed: no thread left behind). */
    @Override
    public synchronized void close() {
        if (http instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // nothing left to do: the checks are over
            }
        }
    }

    /** {@code GET /v2/}: 200 or 401 (authentication required) mean a registry answers. */
    private RegistryAnswer askRegistry(String address, boolean insecure) {
        String detail = "";
        for (String scheme : schemes(address, insecure)) {
            String url = scheme + "://" + address + "/v2/";
            try {
                HttpResponse<Void> response = http().send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                int code = response.statusCode();
                return new RegistryAnswer(url, code == 200 || code == 401, "HTTP " + code);
            } catch (IOException | IllegalArgumentException e) {
                detail = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new RegistryAnswer(url, false, "interrupted");
            }
        }
        return new RegistryAnswer(address, false, detail);
    }

    /**
     * The schemes to try, in order: plain HTTP first for an insecure registry and for one on the
     * loopback interface (which Docker also talks to over plain HTTP by default), HTTPS first
     * otherwise.
     */
    static List<String> schemes(String address, boolean insecure) {
        return insecure || isLoopback(address) ? List.of("http", "https") : List.of("https", "http");
    }

    /** {@code localhost}, {@code 127.x.y.z} or {@code [::1]}, with or without a port; no name is looked up. */
    static boolean isLoopback(String address) {
        String host = address.startsWith("[") ? address.substring(1, Math.max(1, address.indexOf(']')))
                : address.contains(":") ? address.substring(0, address.indexOf(':')) : address;
        return host.equalsIgnoreCase("localhost") || host.equals("::1") || host.matches("127(\\.\\d{1,3}){3}");
    }

    private static Map<String, String> resources() {
        Map<String, String> resources = new LinkedHashMap<>();
        resources.put("namespaces", "");
        resources.put("configmaps", "");
        resources.put("secrets", "");
        resources.put("services", "");
        resources.put("deployments", "apps");
        resources.put("daemonsets", "apps");
        resources.put("statefulsets", "apps");
        resources.put("jobs", "batch");
        resources.put("ingresses", "networking.k8s.io");
        resources.put("leases", "coordination.k8s.io");
        return java.util.Collections.unmodifiableMap(resources);
    }
}
