package dev.ccp.cluster.preflight;

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

/**
 * The checks of {@code ccp preflight} (and of the start of every deploy): API version, the
 * permissions ccp needs (one SelfSubjectAccessReview per resource and verb, in the
 * environment's namespace; namespaces cluster-wide), the nodes the topology matches, the
 * registry's {@code /v2/} and, given the images a deploy will use, whether the registry holds them.
 * Holds the HTTP client of the registry checks: close it when done.
 */
public final class Preflight implements AutoCloseable {

    private static final int CONCURRENT_REVIEWS = 8;

    /** Resource, API group: what ccp creates, reads, updates and deletes. */
    static final Map<String, String> RESOURCES = resources();
    static final List<String> VERBS = List.of("create", "get", "list", "update", "delete");

    private final Cluster cluster;
    private final RetryPolicy retry;
    private final HttpClient http;

    public Preflight(Cluster cluster, RetryPolicy retry) {
        this.cluster = cluster;
        this.retry = retry;
        this.http = registryClient();
    }

    private static HttpClient registryClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * One SelfSubjectAccessReview per resource and verb, asked concurrently (they are
     * independent round trips), collected in table order.
     */
    private List<PermissionRow> permissions(String namespace) {
        List<Map.Entry<String, String>> questions = new ArrayList<>();
        RESOURCES.keySet().forEach(resource -> VERBS.forEach(verb -> questions.add(Map.entry(resource, verb))));
        List<Optional<Boolean>> answers = BoundedParallel.map(questions, CONCURRENT_REVIEWS, question -> {
            String resource = question.getKey();
            String verb = question.getValue();
            String scope = resource.equals("namespaces") ? null : namespace;
            return retry.call("check access to " + verb + " " + resource,
                    () -> cluster.accessAllowed(verb, RESOURCES.get(resource), resource, scope));
        });
        Map<String, Map<String, Optional<Boolean>>> byResource = new LinkedHashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            byResource.computeIfAbsent(questions.get(i).getKey(), r -> new LinkedHashMap<>())
                    .put(questions.get(i).getValue(), answers.get(i));
        }
        List<PermissionRow> rows = new ArrayList<>();
        byResource.forEach((resource, verbs) -> rows.add(new PermissionRow(resource, verbs)));
        return rows;
    }

    public PreflightReport run(CcpConfig config) {
        String namespace = config.kubernetes().namespace();
        Optional<String> version = retry.call("read the version of " + cluster.describe(), cluster::serverVersion);
        List<PermissionRow> permissions = permissions(namespace);
        List<String> nodes = retry.call("list nodes of " + cluster.describe(), cluster::nodeNames);
        List<String> matched = nodes.stream()
                .filter(node -> config.nodes().keySet().stream().anyMatch(pattern -> ConfigMerger.matchesNode(pattern, node)))
                .toList();
        Optional<RegistryAnswer> registry = config.registry().address().isBlank() ? Optional.empty()
                : Optional.of(askRegistry(config.registry().address(), config.registry().insecure()));
        return new PreflightReport(cluster.describe(), version, permissions, nodes, matched, registry, List.of());
    }

    /**
     * {@code report} with the answers of the registry about {@code references} (the images a
     * deploy will use); unchanged when no registry is configured or it did not answer.
     */
    public PreflightReport withImages(PreflightReport report, RegistryConfig registry, List<String> references) {
        return report.registry().filter(RegistryAnswer::reachable)
                .map(answer -> report.withImages(new RegistryManifests(http, answer.base(), registry).check(references)))
                .orElse(report);
    }

    /** Closes the registry's HTTP client (on JDK 21 and newer, where it can be closed: no thread left behind). */
    @Override
    public void close() {
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
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url))
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
