package dev.ccp.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Neutron v2.0 (service type {@code network}): floating IPs, routers, ports, networks of all projects. */
public final class NetworkApi {

    /** A router, and whether it has an external gateway. */
    public record Router(OpenStackResource resource, boolean hasGateway) {

        public Router {
            Objects.requireNonNull(resource, "resource");
        }
    }

    private static final Set<String> ROUTER_INTERFACE_OWNERS = Set.of("network:router_interface",
            "network:router_interface_distributed", "network:ha_router_replicated_interface");

    private final OpenStackSession session;
    private final URI v20;

    NetworkApi(OpenStackSession session, URI endpoint) {
        this.session = Objects.requireNonNull(session, "session");
        this.v20 = Urls.versioned(endpoint, "v2.0");
    }

    /** The API when the catalog has a network endpoint. */
    public static Optional<NetworkApi> of(OpenStackSession session) {
        return session.endpoint("network").map(url -> new NetworkApi(session, url));
    }

    public List<OpenStackResource> floatingIps() {
        return list(Urls.append(v20, "floatingips"), "floatingips", "floating_ip_address");
    }

    public boolean deleteFloatingIp(String id) {
        return session.delete(Urls.append(v20, "floatingips", id));
    }

    public List<Router> routers() {
        List<Router> routers = new ArrayList<>();
        for (JsonNode router : session.get(Urls.append(v20, "routers")).path("routers")) {
            JsonNode gateway = router.path("external_gateway_info");
            routers.add(new Router(Pages.resource(router, "name"), gateway.isObject() && gateway.size() > 0));
        }
        return routers;
    }

    /** Removes the router's external gateway. */
    public void clearGateway(String routerId) {
        ObjectNode body = session.newObject();
        body.putObject("router").putObject("external_gateway_info");
        session.put(Urls.append(v20, "routers", routerId), body);
    }

    /** Detaches the router's interface on {@code portId} (which deletes that port). */
    public void removeRouterInterface(String routerId, String portId) {
        session.put(Urls.append(v20, "routers", routerId, "remove_router_interface"),
                session.newObject().put("port_id", portId));
    }

    public boolean deleteRouter(String id) {
        return session.delete(Urls.append(v20, "routers", id));
    }

    /** Every port. */
    public List<OpenStackResource> ports() {
        return list(Urls.append(v20, "ports"), "ports", "name");
    }

    /**
     * The ports that attach subnets to a router (plain, distributed or HA-replicated interfaces);
     * its gateway, HA and SNAT ports go with the gateway or the router.
     */
    public List<OpenStackResource> routerInterfaces(String routerId) {
        List<OpenStackResource> interfaces = new ArrayList<>();
        URI uri = Urls.withQuery(Urls.append(v20, "ports"), "device_id=" + Urls.encode(routerId));
        for (JsonNode port : session.get(uri).path("ports")) {
            if (ROUTER_INTERFACE_OWNERS.contains(port.path("device_owner").asText())) {
                interfaces.add(Pages.resource(port, "name"));
            }
        }
        return interfaces;
    }

    public boolean deletePort(String id) {
        return session.delete(Urls.append(v20, "ports", id));
    }

    public List<OpenStackResource> networks() {
        return list(Urls.append(v20, "networks"), "networks", "name");
    }

    /** Deletes a network with its subnets. */
    public boolean deleteNetwork(String id) {
        return session.delete(Urls.append(v20, "networks", id));
    }

    private List<OpenStackResource> list(URI uri, String collection, String nameField) {
        List<OpenStackResource> resources = new ArrayList<>();
        for (JsonNode item : session.get(uri).path(collection)) {
            resources.add(Pages.resource(item, nameField));
        }
        return resources;
    }
}
