package dev.ccp.cluster.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.fabric8.kubernetes.client.Config;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An in-memory stand-in for a Kubernetes API server and a Docker registry, on loopback, for the
 * run that records ccp's start-up cache: commands run against it load and initialise the
 * classes of a real deploy (HTTP client, model serialization, plan, apply, status) where no
 * cluster may be touched.
 * <p>
 * It keeps the objects written to it, per collection, and answers reads from them: create,
 * get, list (with equality label selectors; like an API server, the items of a list name no
 * kind), replace and delete. Every SelfSubjectAccessReview
 * is allowed and every image is present. It knows nothing of defaults, watches, patches or
 * subresources; it is no test double for correctness.
 */
public final class TrainingCluster implements AutoCloseable {

    private static final String REGISTRY_PREFIX = "/v2/";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    /** Collection ({@code /apis/apps/v1/deployments}) to its objects by {@code namespace/name}. */
    private final Map<String, Map<String, ObjectNode>> collections = new LinkedHashMap<>();
    private long resourceVersion;

    private TrainingCluster(HttpServer server, List<String> nodes) {
        this.server = server;
        for (String node : nodes) {
            ObjectNode object = json.createObjectNode().put("apiVersion", "v1").put("kind", "Node");
            object.putObject("metadata").put("name", node);
            store(collections.computeIfAbsent("/api/v1/nodes", c -> new LinkedHashMap<>()), null, object);
        }
    }

    /** Starts the stand-in on a free loopback port with {@code nodes} registered. */
    public static TrainingCluster start(List<String> nodes) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        TrainingCluster cluster = new TrainingCluster(server, nodes);
        server.createContext("/", cluster::handle);
        server.start();
        return cluster;
    }

    /** The API server's URL: {@code http://127.0.0.1:PORT}. */
    public String url() {
        return "http://" + registryAddress();
    }

    /** The registry's address, as {@code registry.address} names one: {@code 127.0.0.1:PORT}. */
    public String registryAddress() {
        InetSocketAddress address = server.getAddress();
        return address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    /**
     * Reads a kubeconfig file (written into {@code dir}) that names this stand-in, with the
     * parser a deploy without {@code kubernetes.server} reads the user's with. Connects nowhere:
     * only for the classes the parser loads.
     */
    public void readKubeconfig(Path dir) throws IOException {
        Path file = dir.resolve("kubeconfig");
        Files.writeString(file, String.join("\n",
                "apiVersion: v1",
                "kind: Config",
                "clusters:",
                "- name: training",
                "  cluster:",
                "    server: " + url(),
                "users:",
                "- name: training",
                "  user:",
                "    token: training",
                "contexts:",
                "- name: training",
                "  context:",
                "    cluster: training",
                "    user: training",
                "    namespace: ccp",
                "current-context: training",
                ""));
        Config.fromKubeconfig(file.toFile());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Answer answer;
            try {
                answer = answer(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                        Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse(""), body);
            } catch (IOException | RuntimeException e) {
                answer = status(500, "InternalError", String.valueOf(e.getMessage()));
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            if (exchange.getRequestMethod().equals("HEAD") || answer.body().isEmpty()) {
                exchange.sendResponseHeaders(answer.code(), -1);
                return;
            }
            byte[] out = json.writeValueAsBytes(answer.body().get());
            exchange.sendResponseHeaders(answer.code(), out.length);
            try (OutputStream stream = exchange.getResponseBody()) {
                stream.write(out);
            }
        }
    }

    private record Answer(int code, Optional<JsonNode> body) {
    }

    private synchronized Answer answer(String method, String path, String query, byte[] body) throws IOException {
        if (path.equals("/version")) {
            return ok(json.createObjectNode().put("major", "1").put("minor", "32").put("gitVersion", "v1.32.0"));
        }
        if (path.startsWith(REGISTRY_PREFIX) || path.equals("/v2")) {
            return new Answer(200, Optional.of(json.createObjectNode()));
        }
        Optional<Target> target = Target.parse(path);
        if (target.isEmpty()) {
            return status(404, "NotFound", "no such path: " + path);
        }
        Target t = target.get();
        if (t.plural().equals("selfsubjectaccessreviews") && method.equals("POST")) {
            ObjectNode review = (ObjectNode) json.readTree(body);
            review.putObject("status").put("allowed", true);
            return new Answer(201, Optional.of(review));
        }
        Map<String, ObjectNode> collection = collections.computeIfAbsent(t.collection(), c -> new LinkedHashMap<>());
        if (t.name().isEmpty()) {
            return switch (method) {
                case "GET" -> ok(list(t, collection, labelSelector(query)));
                case "POST" -> create(t, collection, (ObjectNode) json.readTree(body));
                default -> status(405, "MethodNotAllowed", method + " " + path);
            };
        }
        String key = key(t.namespace().orElse(null), t.name().get());
        ObjectNode live = collection.get(key);
        if (live == null) {
            return status(404, "NotFound", t.plural() + " \"" + t.name().get() + "\" not found");
        }
        return switch (method) {
            case "GET" -> ok(live);
            case "PUT" -> ok(store(collection, t.namespace().orElse(null), (ObjectNode) json.readTree(body)));
            case "DELETE" -> {
                collection.remove(key);
                yield ok(statusNode(200, "Success", ""));
            }
            default -> status(405, "MethodNotAllowed", method + " " + path);
        };
    }

    private Answer create(Target target, Map<String, ObjectNode> collection, ObjectNode object) {
        String name = object.path("metadata").path("name").asText("");
        if (collection.containsKey(key(target.namespace().orElse(null), name))) {
            return status(409, "AlreadyExists", target.plural() + " \"" + name + "\" already exists");
        }
        return new Answer(201, Optional.of(store(collection, target.namespace().orElse(null), object)));
    }

    private ObjectNode store(Map<String, ObjectNode> collection, String namespace, ObjectNode object) {
        ObjectNode metadata = object.get("metadata") instanceof ObjectNode given ? given : object.putObject("metadata");
        if (namespace != null) {
            metadata.put("namespace", namespace);
        }
        if (!metadata.has("uid")) {
            metadata.put("uid", UUID.randomUUID().toString());
        }
        metadata.put("resourceVersion", Long.toString(++resourceVersion));
        collection.put(key(namespace, metadata.path("name").asText("")), object);
        return object;
    }

    private ObjectNode list(Target target, Map<String, ObjectNode> collection, Map<String, String> selector) {
        ObjectNode list = json.createObjectNode().put("apiVersion", target.apiVersion());
        list.putObject("metadata").put("resourceVersion", Long.toString(resourceVersion));
        ArrayNode items = list.putArray("items");
        collection.values().stream()
                .filter(o -> target.namespace().map(ns -> ns.equals(o.path("metadata").path("namespace").asText())).orElse(true))
                .filter(o -> selector.entrySet().stream()
                        .allMatch(e -> e.getValue().equals(o.path("metadata").path("labels").path(e.getKey()).asText(null))))
                .forEach(item -> items.add(item.deepCopy().without(List.of("kind", "apiVersion"))));
        // As an API server does: the list names the kind, its items do not.
        collection.values().stream().findFirst().ifPresent(item -> list.put("kind", item.path("kind").asText() + "List"));
        return list;
    }

    /** {@code app=keystone,ccp=true} (equality terms only, which is all ccp asks). */
    private static Map<String, String> labelSelector(String query) {
        Map<String, String> selector = new LinkedHashMap<>();
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("labelSelector=")) {
                String value = URLDecoder.decode(parameter.substring("labelSelector=".length()), StandardCharsets.UTF_8);
                for (String term : value.split(",")) {
                    String[] pair = term.split("==?", 2);
                    if (pair.length == 2) {
                        selector.put(pair[0].trim(), pair[1].trim());
                    }
                }
            }
        }
        return selector;
    }

    private static String key(String namespace, String name) {
        return (namespace == null ? "" : namespace) + "/" + name;
    }

    private static Answer ok(JsonNode body) {
        return new Answer(200, Optional.of(body));
    }

    private Answer status(int code, String reason, String message) {
        return new Answer(code, Optional.of(statusNode(code, reason, message)));
    }

    private ObjectNode statusNode(int code, String reason, String message) {
        ObjectNode status = json.createObjectNode().put("apiVersion", "v1").put("kind", "Status")
                .put("status", code < 400 ? "Success" : "Failure").put("reason", reason).put("message", message)
                .put("code", code);
        status.putObject("metadata");
        return status;
    }

    /**
     * What a resource path names: {@code /api/v1/namespaces/ccp/configmaps/keystone} is the
     * ConfigMap {@code keystone} of namespace {@code ccp}; {@code /apis/apps/v1/deployments}
     * every Deployment; {@code /api/v1/namespaces/ccp} the Namespace {@code ccp}.
     */
    private record Target(String prefix, Optional<String> namespace, String plural, Optional<String> name) {

        static Optional<Target> parse(String path) {
            List<String> segments = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty())
                    .map(s -> URLDecoder.decode(s, StandardCharsets.UTF_8)).toList();
            int groupVersion;
            if (segments.size() >= 2 && segments.get(0).equals("api")) {
                groupVersion = 2;
            } else if (segments.size() >= 3 && segments.get(0).equals("apis")) {
                groupVersion = 3;
            } else {
                return Optional.empty();
            }
            String prefix = "/" + String.join("/", segments.subList(0, groupVersion));
            List<String> rest = segments.subList(groupVersion, segments.size());
            if (rest.size() >= 3 && rest.get(0).equals("namespaces")) {
                return Optional.of(new Target(prefix, Optional.of(rest.get(1)), rest.get(2),
                        rest.size() >= 4 ? Optional.of(rest.get(3)) : Optional.empty()));
            }
            if (rest.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Target(prefix, Optional.empty(), rest.get(0),
                    rest.size() >= 2 ? Optional.of(rest.get(1)) : Optional.empty()));
        }

        String collection() {
            return prefix + "/" + plural;
        }

        /** {@code v1} or {@code apps/v1}. */
        String apiVersion() {
            return prefix.startsWith("/api/") ? prefix.substring("/api/".length()) : prefix.substring("/apis/".length());
        }
    }
}
