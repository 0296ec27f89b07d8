package dev.ccp.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * An OpenStack cloud in memory behind keystone v3, nova, glance, neutron and swift APIs on
 * 127.0.0.1, as much of them as {@code ccp cleanup} uses. It keeps the rules of the real services
 * that make the deletion order matter, answering 409 when they are broken: a network with ports,
 * floating IPs or a router gateway on it cannot go; nor a router with interfaces; nor a router
 * gateway while floating IPs use the router; router ports are not deleted directly; a port of a
 * server that still exists is not deleted (the servers go first); a container must be empty.
 * Only the public endpoints of region {@code RegionOne} work: the internal ones and those of
 * {@code RegionTwo} point at a closed port. Listings of nova, glance and swift come in pages of
 * two. Every request is recorded.
 */
public final class FakeOpenStack implements AutoCloseable {

    public static final String REGION = "RegionOne";
    private static final int PAGE = 2;
    private static final String ADMIN_PROJECT_ID = "p-admin";
    private static final String CLOSED = "http://127.0.0.1:1";

    /**
     * A nova server: deleted ones stay listed for some listings (first pages), stuck ones until
     * forced, undeletable ones always.
     */
    private static final class Server {
        final String id;
        final String name;
        final String project;
        boolean deleting;
        int listingsLeft;

        Server(String id, String name, String project) {
            this.id = id;
            this.name = name;
            this.project = project;
        }
    }

    private record Port(String id, String networkId, String deviceOwner, String deviceId) {
    }

    private record FloatingIp(String id, String address, String networkId, String routerId) {
    }

    private final HttpServer server;
    private final ObjectMapper json = new ObjectMapper();
    private final String userName;
    private final String password;
    private final String projectName;
    private final String token = "gAAAAA" + UUID.randomUUID().toString().replace("-", "");
    private final List<String> requests = new ArrayList<>();
    private final Set<String> missingServices = new HashSet<>();

    private final Map<String, Server> servers = new TreeMap<>();
    private final Set<String> stuckUntilForced = new HashSet<>();
    private final Set<String> undeletable = new HashSet<>();
    private int listingsUntilGone;
    private final Map<String, String> images = new TreeMap<>();
    private final Map<String, String> networks = new TreeMap<>();
    private final Map<String, String> subnets = new TreeMap<>();
    private final Map<String, Port> ports = new TreeMap<>();
    private final Map<String, String> routers = new TreeMap<>();
    private final Map<String, String> routerGateways = new TreeMap<>();
    private final Map<String, FloatingIp> floatingIps = new TreeMap<>();
    private final Map<String, TreeSet<String>> containers = new TreeMap<>();

    private FakeOpenStack(HttpServer server, String userName, String password, String projectName) {
        this.server = server;
        this.userName = userName;
        this.password = password;
        this.projectName = projectName;
    }

    /** Starts an empty cloud whose administrator is {@code userName}/{@code password} in {@code projectName}. */
    public static FakeOpenStack start(String userName, String password, String projectName) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        FakeOpenStack cloud = new FakeOpenStack(server, userName, password, projectName);
        server.createContext("/", cloud::handle);
        server.start();
        return cloud;
    }

    public URI authUrl() {
        return URI.create(base() + "/identity/v3");
    }

    public String token() {
        return token;
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    // ---- setting the cloud up

    /**
     * A small cloud: three servers in two projects with their ports, three images, an external
     * network with a router gateway and a floating IP, a private network with a DHCP port, a
     * router interface and the router's HA port, an unattached port, and two containers, one
     * with objects.
     */
    public synchronized FakeOpenStack populate() {
        addServer("s-1", "web-1", ADMIN_PROJECT_ID);
        addServer("s-2", "web-2", "p-demo");
        addServer("s-3", "db-1", "p-demo");
        images.put("i-1", "cirros");
        images.put("i-2", "debian");
        images.put("i-3", "ubuntu");
        networks.put("n-public", "public");
        subnets.put("sn-public", "n-public");
        networks.put("n-private", "private");
        subnets.put("sn-private", "n-private");
        ports.put("port-dhcp", new Port("port-dhcp", "n-private", "network:dhcp", "dhcp-agent"));
        ports.put("port-s-1", new Port("port-s-1", "n-private", "compute:nova", "s-1"));
        ports.put("port-s-2", new Port("port-s-2", "n-private", "compute:nova", "s-2"));
        ports.put("port-s-3", new Port("port-s-3", "n-private", "compute:nova", "s-3"));
        ports.put("port-spare", new Port("port-spare", "n-private", "", ""));
        routers.put("r-1", "router-1");
        routerGateways.put("r-1", "n-public");
        ports.put("port-r-1-gw", new Port("port-r-1-gw", "n-public", "network:router_gateway", "r-1"));
        ports.put("port-r-1-if", new Port("port-r-1-if", "n-private", "network:router_interface", "r-1"));
        ports.put("port-r-1-ha", new Port("port-r-1-ha", "n-private", "network:router_ha_interface", "r-1"));
        floatingIps.put("fip-1", new FloatingIp("fip-1", "172.24.4.10", "n-public", "r-1"));
        containers.put("backups", new TreeSet<>(List.of("2024/01/db.sql", "a b.txt", "readme")));
        containers.put("empty", new TreeSet<>());
        return this;
    }

    public synchronized void addServer(String id, String name, String project) {
        servers.put(id, new Server(id, name, project));
    }

    /** A deleted server stays listed (as deleting) for this many listings. */
    public synchronized void serverDeletionTakesListings(int listings) {
        listingsUntilGone = listings;
    }

    /** This server goes only when force-deleted. */
    public synchronized void stuckUntilForced(String serverId) {
        stuckUntilForced.add(serverId);
    }

    /** This server never goes. */
    public synchronized void undeletable(String serverId) {
        undeletable.add(serverId);
    }

    /** The catalog leaves this service type out. */
    public synchronized void withoutService(String serviceType) {
        missingServices.add(serviceType);
    }

    // ---- what the cloud holds

    public synchronized Set<String> servers() {
        return Set.copyOf(servers.keySet());
    }

    public synchronized Set<String> images() {
        return Set.copyOf(images.keySet());
    }

    public synchronized Set<String> networks() {
        return Set.copyOf(networks.keySet());
    }

    public synchronized Set<String> subnets() {
        return Set.copyOf(subnets.keySet());
    }

    public synchronized Set<String> ports() {
        return Set.copyOf(ports.keySet());
    }

    public synchronized Set<String> routers() {
        return Set.copyOf(routers.keySet());
    }

    public synchronized Set<String> floatingIps() {
        return Set.copyOf(floatingIps.keySet());
    }

    public synchronized Set<String> containers() {
        return Set.copyOf(containers.keySet());
    }

    /** Every resource left, as {@code kind/id}; empty when the cloud is clean. */
    public synchronized List<String> everything() {
        List<String> left = new ArrayList<>();
        servers.keySet().forEach(id -> left.add("server/" + id));
        images.keySet().forEach(id -> left.add("image/" + id));
        floatingIps.keySet().forEach(id -> left.add("floatingip/" + id));
        routers.keySet().forEach(id -> left.add("router/" + id));
        ports.keySet().forEach(id -> left.add("port/" + id));
        subnets.keySet().forEach(id -> left.add("subnet/" + id));
        networks.keySet().forEach(id -> left.add("network/" + id));
        containers.forEach((name, objects) -> {
            left.add("container/" + name);
            objects.forEach(o -> left.add("object/" + name + "/" + o));
        });
        return left;
    }

    /** The requests received, as {@code METHOD path[?query]} (raw path). */
    public synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ---- the APIs

    private record Answer(int status, JsonNode body, Map<String, String> headers) {
        static Answer of(int status, JsonNode body) {
            return new Answer(status, body, Map.of());
        }

        static Answer empty(int status) {
            return new Answer(status, null, Map.of());
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        Answer answer;
        try {
            answer = answer(exchange);
        } catch (RuntimeException e) {
            answer = error(500, "fake: " + e);
        }
        for (Map.Entry<String, String> header : answer.headers().entrySet()) {
            exchange.getResponseHeaders().add(header.getKey(), header.getValue());
        }
        byte[] body = answer.body() == null ? new byte[0] : json.writeValueAsBytes(answer.body());
        if (body.length > 0) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
        }
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private synchronized Answer answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        URI uri = exchange.getRequestURI();
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        requests.add(method + " " + uri.getRawPath() + (query.isEmpty() ? "" : "?" + query));
        byte[] raw = exchange.getRequestBody().readAllBytes();
        JsonNode body = raw.length == 0 ? json.createObjectNode() : json.readTree(raw);
        List<String> path = segments(uri.getRawPath());
        Map<String, String> parameters = parameters(query);
        if (path.size() == 4 && path.subList(0, 4).equals(List.of("identity", "v3", "auth", "tokens")) && method.equals("POST")) {
            return authenticate(body);
        }
        if (path.isEmpty() || !List.of("identity", "compute", "image", "network", "object").contains(path.get(0))) {
            return error(404, "The resource could not be found.");
        }
        if (!token.equals(exchange.getRequestHeaders().getFirst("X-Auth-Token"))) {
            return error(401, "The request you have made requires authentication.");
        }
        if (path.size() >= 3 && path.get(0).equals("compute") && path.get(1).equals("v2.1") && path.get(2).equals("servers")) {
            return compute(method, path.subList(3, path.size()), parameters);
        }
        if (path.size() >= 3 && path.get(0).equals("image") && path.get(1).equals("v2") && path.get(2).equals("images")) {
            return image(method, path.subList(3, path.size()), parameters);
        }
        if (path.size() >= 3 && path.get(0).equals("network") && path.get(1).equals("v2.0")) {
            return network(method, path.subList(2, path.size()), parameters, body);
        }
        if (path.size() >= 3 && path.get(0).equals("object") && path.get(1).equals("v1")
                && path.get(2).equals("AUTH_" + ADMIN_PROJECT_ID)) {
            return objectStorage(method, path.subList(3, path.size()), parameters);
        }
        return error(404, "no such API: " + uri.getRawPath());
    }

    private Answer authenticate(JsonNode body) {
        JsonNode user = body.path("auth").path("identity").path("password").path("user");
        JsonNode project = body.path("auth").path("scope").path("project");
        boolean valid = body.path("auth").path("identity").path("methods").toString().equals("[\"password\"]")
                && userName.equals(user.path("name").asText()) && password.equals(user.path("password").asText())
                && "default".equals(user.path("domain").path("id").asText())
                && projectName.equals(project.path("name").asText())
                && "default".equals(project.path("domain").path("id").asText());
        if (!valid) {
            return error(401, "The request you have made requires authentication.");
        }
        ObjectNode answer = json.createObjectNode();
        ObjectNode tokenBody = answer.putObject("token");
        tokenBody.putArray("methods").add("password");
        tokenBody.putObject("project").put("id", ADMIN_PROJECT_ID).put("name", projectName);
        ArrayNode catalog = tokenBody.putArray("catalog");
        service(catalog, "identity", "/identity/v3");
        service(catalog, "compute", "/compute/v2.1");
        service(catalog, "image", "/image");
        service(catalog, "network", "/network");
        service(catalog, "object-store", "/object/v1/AUTH_" + ADMIN_PROJECT_ID);
        return new Answer(201, answer, Map.of("X-Subject-Token", token));
    }

    private void service(ArrayNode catalog, String type, String path) {
        if (missingServices.contains(type)) {
            return;
        }
        ObjectNode service = catalog.addObject().put("type", type).put("name", type + "-service");
        ArrayNode endpoints = service.putArray("endpoints");
        endpoints.addObject().put("interface", "public").put("region", "RegionTwo").put("region_id", "RegionTwo")
                .put("url", CLOSED + path);
        endpoints.addObject().put("interface", "internal").put("region", REGION).put("region_id", REGION)
                .put("url", CLOSED + path);
        endpoints.addObject().put("interface", "public").put("region", REGION).put("region_id", REGION)
                .put("url", base() + path);
    }

    private Answer compute(String method, List<String> rest, Map<String, String> parameters) {
        if (rest.isEmpty() && method.equals("GET")) {
            boolean allTenants = "1".equals(parameters.get("all_tenants")) || "True".equalsIgnoreCase(parameters.get("all_tenants"));
            boolean firstPage = !parameters.containsKey("marker");
            List<Server> visible = new ArrayList<>();
            for (Server s : List.copyOf(servers.values())) {
                if (firstPage && s.deleting && !undeletable.contains(s.id) && !stuckUntilForced.contains(s.id)
                        && s.listingsLeft-- <= 0) {
                    removeServer(s.id);
                } else if (allTenants || s.project.equals(ADMIN_PROJECT_ID)) {
                    visible.add(s);
                }
            }
            List<Server> page = page(visible, s -> s.id, parameters.get("marker"));
            ObjectNode answer = json.createObjectNode();
            ArrayNode items = answer.putArray("servers");
            page.forEach(s -> items.addObject().put("id", s.id).put("name", s.name)
                    .put("status", s.deleting ? "DELETING" : "ACTIVE"));
            if (page.size() == PAGE && visible.indexOf(page.get(PAGE - 1)) < visible.size() - 1) {
                answer.putArray("servers_links").addObject().put("rel", "next")
                        .put("href", "http://nova.internal:8774/v2.1/servers?all_tenants=1&marker=" + page.get(PAGE - 1).id);
            }
            return Answer.of(200, answer);
        }
        Server target = rest.isEmpty() ? null : servers.get(rest.get(0));
        if (target == null) {
            return error(404, "Instance could not be found.");
        }
        if (rest.size() == 1 && method.equals("DELETE")) {
            target.deleting = true;
            target.listingsLeft = listingsUntilGone;
            return Answer.empty(204);
        }
        if (rest.size() == 2 && rest.get(1).equals("action") && method.equals("POST")) {
            if (!target.deleting) {
                return error(409, "Cannot 'forceDelete' instance while it is in vm_state active");
            }
            if (!undeletable.contains(target.id)) {
                removeServer(target.id);
            }
            return Answer.empty(202);
        }
        return error(405, "method not allowed");
    }

    private void removeServer(String id) {
        servers.remove(id);
        ports.values().removeIf(p -> p.deviceId().equals(id));
    }

    private Answer image(String method, List<String> rest, Map<String, String> parameters) {
        if (rest.isEmpty() && method.equals("GET")) {
            List<String> all = new ArrayList<>(images.keySet());
            List<String> page = page(all, id -> id, parameters.get("marker"));
            ObjectNode answer = json.createObjectNode();
            ArrayNode items = answer.putArray("images");
            page.forEach(id -> items.addObject().put("id", id).put("name", images.get(id)));
            if (page.size() == PAGE && all.indexOf(page.get(PAGE - 1)) < all.size() - 1) {
                answer.put("next", "/v2/images?marker=" + page.get(PAGE - 1));
            }
            return Answer.of(200, answer);
        }
        if (rest.size() == 1 && method.equals("DELETE")) {
            return images.remove(rest.get(0)) == null ? error(404, "No image found") : Answer.empty(204);
        }
        return error(405, "method not allowed");
    }

    private Answer network(String method, List<String> rest, Map<String, String> parameters, JsonNode body) {
        String collection = rest.get(0);
        String id = rest.size() > 1 ? rest.get(1) : null;
        switch (collection + " " + method + " " + rest.size()) {
            case "floatingips GET 1" -> {
                return list("floatingips", floatingIps.values().stream().map(f -> item(f.id(), "floating_ip_address", f.address())
                        .put("floating_network_id", f.networkId())).toList());
            }
            case "floatingips DELETE 2" -> {
                return floatingIps.remove(id) == null ? neutronError(404, "Floating IP not found") : Answer.empty(204);
            }
            case "routers GET 1" -> {
                List<ObjectNode> items = new ArrayList<>();
                routers.forEach((rid, name) -> {
                    ObjectNode router = item(rid, "name", name);
                    if (routerGateways.containsKey(rid)) {
                        router.putObject("external_gateway_info").put("network_id", routerGateways.get(rid));
                    } else {
                        router.putNull("external_gateway_info");
                    }
                    items.add(router);
                });
                return list("routers", items);
            }
            case "routers PUT 2" -> {
                if (!routers.containsKey(id)) {
                    return neutronError(404, "Router not found");
                }
                JsonNode gateway = body.path("router").path("external_gateway_info");
                if (gateway.isObject() && gateway.isEmpty()) {
                    if (floatingIps.values().stream().anyMatch(f -> id.equals(f.routerId()))) {
                        return neutronError(409, "Gateway cannot be updated for router " + id
                                + ", since a gateway is required by one or more floating IPs");
                    }
                    routerGateways.remove(id);
                    ports.values().removeIf(p -> p.deviceId().equals(id) && p.deviceOwner().equals("network:router_gateway"));
                }
                return Answer.of(200, json.createObjectNode().set("router", item(id, "name", routers.get(id))));
            }
            case "routers PUT 3" -> {
                Port port = ports.get(body.path("port_id").asText());
                if (!rest.get(2).equals("remove_router_interface") || port == null || !port.deviceId().equals(id)
                        || !port.deviceOwner().equals("network:router_interface")) {
                    return neutronError(404, "Router " + id + " does not have an interface with port " + body.path("port_id"));
                }
                ports.remove(port.id());
                return Answer.of(200, json.createObjectNode().put("id", id).put("port_id", port.id()));
            }
            case "routers DELETE 2" -> {
                if (!routers.containsKey(id)) {
                    return neutronError(404, "Router not found");
                }
                if (ports.values().stream().anyMatch(p -> p.deviceId().equals(id) && p.deviceOwner().equals("network:router_interface"))) {
                    return neutronError(409, "Router " + id + " still has ports");
                }
                if (floatingIps.values().stream().anyMatch(f -> id.equals(f.routerId()))) {
                    return neutronError(409, "Router " + id + " is used by floating IPs");
                }
                routers.remove(id);
                routerGateways.remove(id);
                ports.values().removeIf(p -> p.deviceId().equals(id));
                return Answer.empty(204);
            }
            case "ports GET 1" -> {
                String device = parameters.get("device_id");
                return list("ports", ports.values().stream().filter(p -> device == null || p.deviceId().equals(device))
                        .map(p -> item(p.id(), "name", "").put("network_id", p.networkId()).put("device_owner", p.deviceOwner())
                                .put("device_id", p.deviceId())).toList());
            }
            case "ports DELETE 2" -> {
                Port port = ports.get(id);
                if (port == null) {
                    return neutronError(404, "Port not found");
                }
                if (port.deviceOwner().startsWith("network:router")) {
                    return neutronError(409, "Port " + id + " cannot be deleted directly via the port API: has device owner "
                            + port.deviceOwner());
                }
                if (port.deviceOwner().startsWith("compute:") && servers.containsKey(port.deviceId())) {
                    return neutronError(409, "Port " + id + " is in use by server " + port.deviceId());
                }
                ports.remove(id);
                return Answer.empty(204);
            }
            case "networks GET 1" -> {
                return list("networks", networks.entrySet().stream().map(e -> item(e.getKey(), "name", e.getValue())).toList());
            }
            case "networks DELETE 2" -> {
                if (!networks.containsKey(id)) {
                    return neutronError(404, "Network not found");
                }
                boolean inUse = ports.values().stream().anyMatch(p -> p.networkId().equals(id))
                        || floatingIps.values().stream().anyMatch(f -> f.networkId().equals(id))
                        || routerGateways.containsValue(id);
                if (inUse) {
                    return neutronError(409, "Unable to complete operation on network " + id
                            + ". There are one or more ports still in use on the network.");
                }
                networks.remove(id);
                subnets.values().removeIf(network -> network.equals(id));
                return Answer.empty(204);
            }
            default -> {
                return neutronError(404, "no such resource");
            }
        }
    }

    private Answer objectStorage(String method, List<String> rest, Map<String, String> parameters) {
        if (rest.isEmpty() && method.equals("GET")) {
            return names(new ArrayList<>(containers.keySet()), parameters);
        }
        String container = rest.isEmpty() ? null : rest.get(0);
        TreeSet<String> objects = container == null ? null : containers.get(container);
        if (objects == null) {
            return Answer.empty(404);
        }
        if (rest.size() == 1 && method.equals("GET")) {
            return names(new ArrayList<>(objects), parameters);
        }
        if (rest.size() == 1 && method.equals("DELETE")) {
            if (!objects.isEmpty()) {
                return Answer.empty(409);
            }
            containers.remove(container);
            return Answer.empty(204);
        }
        if (rest.size() >= 2 && method.equals("DELETE")) {
            return objects.remove(String.join("/", rest.subList(1, rest.size()))) ? Answer.empty(204) : Answer.empty(404);
        }
        return Answer.empty(405);
    }

    /** A swift listing page: names after the marker, at most two; no marker handling beyond that. */
    private Answer names(List<String> names, Map<String, String> parameters) {
        if (!"json".equals(parameters.get("format"))) {
            return Answer.empty(400);
        }
        ArrayNode page = json.createArrayNode();
        page(names, n -> n, parameters.get("marker")).forEach(n -> page.addObject().put("name", n).put("bytes", 1));
        return Answer.of(200, page);
    }

    // ---- helpers

    private static <T> List<T> page(List<T> all, java.util.function.Function<T, String> key, String marker) {
        int start = 0;
        if (marker != null) {
            for (int i = 0; i < all.size(); i++) {
                if (key.apply(all.get(i)).equals(marker)) {
                    start = i + 1;
                }
            }
        }
        return all.subList(Math.min(start, all.size()), Math.min(start + PAGE, all.size()));
    }

    private ObjectNode item(String id, String nameField, String name) {
        return json.createObjectNode().put("id", id).put(nameField, name);
    }

    private Answer list(String collection, List<ObjectNode> items) {
        ObjectNode answer = json.createObjectNode();
        answer.putArray(collection).addAll(items);
        return Answer.of(200, answer);
    }

    private Answer error(int status, String message) {
        ObjectNode answer = json.createObjectNode();
        answer.putObject("error").put("code", status).put("message", message);
        return Answer.of(status, answer);
    }

    private Answer neutronError(int status, String message) {
        ObjectNode answer = json.createObjectNode();
        answer.putObject("NeutronError").put("type", "Conflict").put("message", message);
        return Answer.of(status, answer);
    }

    private static List<String> segments(String rawPath) {
        return Arrays.stream(rawPath.split("/")).filter(s -> !s.isEmpty())
                .map(s -> URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8)).toList();
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!query.isEmpty()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                parameters.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }
}
