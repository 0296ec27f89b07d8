package dev.ccp.cluster.cleanup;

import dev.ccp.cluster.Pause;
import dev.ccp.openstack.ComputeApi;
import dev.ccp.openstack.ImageApi;
import dev.ccp.openstack.NetworkApi;
import dev.ccp.openstack.ObjectStorageApi;
import dev.ccp.openstack.OpenStackApiException;
import dev.ccp.openstack.OpenStackException;
import dev.ccp.openstack.OpenStackResource;
import dev.ccp.openstack.OpenStackSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Deletes the OpenStack resources of a cloud before its Kubernetes objects go (the OpenStack part
 * of REFERENCE 7.2), as the cloud administrator and across all projects, in the original's order:
 * servers (waiting until they are gone, then force-deleting what is left and waiting again),
 * images, then floating IPs, routers (gateway and interfaces first), ports and networks (waiting
 * until they are gone), then the containers and objects of object storage. A service the catalog
 * has no endpoint for is skipped. Step messages go to {@code progress}.
 */
public final class OpenStackCleaner {

    /** The original polled the networks 10 times. */
    private static final int NETWORK_POLLS = 10;

    private final Clock clock;
    private final Pause pause;
    private final Duration pollInterval;
    private final Consumer<String> progress;

    public OpenStackCleaner(Clock clock, Pause pause, Duration pollInterval, Consumer<String> progress) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pause = Objects.requireNonNull(pause, "pause");
        this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * Deletes everything.
     *
     * @param serverTimeout how long to wait for the servers to go, once after deleting and once
     *                      after force-deleting them
     * @throws OpenStackException when a call fails, or servers or networks are still there at the end
     */
    public OpenStackCleanupResult cleanup(OpenStackSession session, Duration serverTimeout) {
        Map<OpenStackResourceKind, List<OpenStackResource>> deleted = new EnumMap<>(OpenStackResourceKind.class);
        List<String> skipped = new ArrayList<>();
        ComputeApi.of(session).ifPresentOrElse(compute -> servers(compute, serverTimeout, deleted),
                () -> skip("compute", "servers", skipped));
        ImageApi.of(session).ifPresentOrElse(image -> images(image, deleted), () -> skip("image", "images", skipped));
        NetworkApi.of(session).ifPresentOrElse(network -> network(network, deleted),
                () -> skip("network", "floating IPs, routers, ports and networks", skipped));
        ObjectStorageApi.of(session).ifPresentOrElse(storage -> objectStorage(storage, deleted),
                () -> skip("object-store", "containers", skipped));
        return new OpenStackCleanupResult(deleted, skipped);
    }

    private void skip(String serviceType, String what, List<String> skipped) {
        progress.accept("the catalog has no " + serviceType + " endpoint: " + what + " skipped");
        skipped.add(serviceType);
    }

    private void servers(ComputeApi compute, Duration timeout, Map<OpenStackResourceKind, List<OpenStackResource>> deleted) {
        List<OpenStackResource> servers = compute.servers();
        progress.accept("deleting " + OpenStackResourceKind.SERVER.count(servers.size()) + " of all projects");
        for (OpenStackResource server : servers) {
            if (compute.deleteServer(server.id())) {
                add(deleted, OpenStackResourceKind.SERVER, server);
            }
        }
        List<OpenStackResource> left = waitUntilEmpty(compute::servers, timeout);
        if (left.isEmpty()) {
            return;
        }
        progress.accept(OpenStackResourceKind.SERVER.count(left.size()) + " still there after " + timeout.toSeconds()
                + " s, force-deleting: " + describe(left));
        for (OpenStackResource server : left) {
            forceDelete(compute, server);
        }
        left = waitUntilEmpty(compute::servers, timeout);
        if (!left.isEmpty()) {
            throw new OpenStackException("Some instances were not removed after force delete: " + describe(left));
        }
    }

    /** A server that went meanwhile (404) or whose state forbids forcing (409) is waited for as the others. */
    private void forceDelete(ComputeApi compute, OpenStackResource server) {
        try {
            compute.forceDeleteServer(server.id());
        } catch (OpenStackApiException e) {
            if (e.status() != 404 && e.status() != 409) {
                throw e;
            }
            progress.accept("cannot force-delete server " + server.describe() + ": HTTP " + e.status());
        }
    }

    private void images(ImageApi images, Map<OpenStackResourceKind, List<OpenStackResource>> deleted) {
        List<OpenStackResource> all = images.images();
        progress.accept("deleting " + OpenStackResourceKind.IMAGE.count(all.size()));
        for (OpenStackResource image : all) {
            if (images.deleteImage(image.id())) {
                add(deleted, OpenStackResourceKind.IMAGE, image);
            }
        }
    }

    private void network(NetworkApi network, Map<OpenStackResourceKind, List<OpenStackResource>> deleted) {
        List<OpenStackResource> floatingIps = network.floatingIps();
        progress.accept("deleting " + OpenStackResourceKind.FLOATING_IP.count(floatingIps.size()));
        for (OpenStackResource ip : floatingIps) {
            if (network.deleteFloatingIp(ip.id())) {
                add(deleted, OpenStackResourceKind.FLOATING_IP, ip);
            }
        }
        List<NetworkApi.Router> routers = network.routers();
        progress.accept("deleting " + OpenStackResourceKind.ROUTER.count(routers.size()) + " with their gateways and interfaces");
        for (NetworkApi.Router router : routers) {
            String id = router.resource().id();
            if (router.hasGateway()) {
                network.clearGateway(id);
            }
            for (OpenStackResource port : network.routerInterfaces(id)) {
                network.removeRouterInterface(id, port.id());
                add(deleted, OpenStackResourceKind.PORT, port);
            }
            if (network.deleteRouter(id)) {
                add(deleted, OpenStackResourceKind.ROUTER, router.resource());
            }
        }
        List<OpenStackResource> ports = network.ports();
        progress.accept("deleting " + OpenStackResourceKind.PORT.count(ports.size()));
        for (OpenStackResource port : ports) {
            if (network.deletePort(port.id())) {
                add(deleted, OpenStackResourceKind.PORT, port);
            }
        }
        List<OpenStackResource> networks = network.networks();
        progress.accept("deleting " + OpenStackResourceKind.NETWORK.count(networks.size()));
        for (OpenStackResource net : networks) {
            if (network.deleteNetwork(net.id())) {
                add(deleted, OpenStackResourceKind.NETWORK, net);
            }
        }
        List<OpenStackResource> left = waitUntilEmpty(network::networks, pollInterval.multipliedBy(NETWORK_POLLS));
        if (!left.isEmpty()) {
            throw new OpenStackException("Some networks were not removed: " + describe(left));
        }
    }

    private void objectStorage(ObjectStorageApi storage, Map<OpenStackResourceKind, List<OpenStackResource>> deleted) {
        List<String> containers = storage.containers();
        progress.accept("deleting " + OpenStackResourceKind.CONTAINER.count(containers.size()) + " with their objects");
        for (String container : containers) {
            for (String object : storage.objects(container)) {
                if (storage.deleteObject(container, object)) {
                    add(deleted, OpenStackResourceKind.OBJECT, new OpenStackResource(container + "/" + object, ""));
                }
            }
            if (storage.deleteContainer(container)) {
                add(deleted, OpenStackResourceKind.CONTAINER, new OpenStackResource(container, ""));
            }
        }
    }

    /**
     * Lists until the listing is empty or the deadline has passed, pausing between listings; the
     * last listing (empty when done). An empty first listing returns at once.
     */
    private <T> List<T> waitUntilEmpty(Supplier<List<T>> list, Duration timeout) {
        Instant deadline = clock.instant().plus(timeout);
        while (true) {
            List<T> left = list.get();
            if (left.isEmpty() || !clock.instant().isBefore(deadline)) {
                return left;
            }
            pause.sleep(pollInterval);
        }
    }

    private static void add(Map<OpenStackResourceKind, List<OpenStackResource>> deleted, OpenStackResourceKind kind,
            OpenStackResource resource) {
        deleted.computeIfAbsent(kind, k -> new ArrayList<>()).add(resource);
    }

    private static String describe(List<OpenStackResource> resources) {
        return resources.stream().map(OpenStackResource::describe).collect(Collectors.joining(", "));
    }
}
