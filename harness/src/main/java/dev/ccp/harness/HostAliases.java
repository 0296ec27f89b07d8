package dev.ccp.harness;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The names cluster DNS would answer inside the environment's pods, all pointing at the one node
 * (every pod runs on the host network): each Service as {@code svc}, {@code svc.ns},
 * {@code svc.ns.svc} and {@code svc.ns.svc.<domain>}, and each StatefulSet pod under its
 * governing Service.
 */
public final class HostAliases {

    private HostAliases() {
    }

    /** {@code name:127.0.0.1} entries, sorted, for the containers' {@code /etc/hosts}. */
    public static List<String> of(ExportedObjects objects, NodeSettings node) {
        TreeSet<String> names = new TreeSet<>();
        for (Service service : objects.services()) {
            names.addAll(serviceNames(service.getMetadata().getName(), node));
        }
        for (StatefulSet set : objects.ofType(StatefulSet.class)) {
            String governing = set.getSpec().getServiceName();
            if (governing != null && !governing.isEmpty()) {
                for (String serviceName : serviceNames(governing, node)) {
                    names.add(set.getMetadata().getName() + "-0." + serviceName);
                }
            }
        }
        List<String> entries = new ArrayList<>();
        names.forEach(name -> entries.add(name + ":127.0.0.1"));
        entries.sort(null);
        return List.copyOf(entries);
    }

    private static List<String> serviceNames(String service, NodeSettings node) {
        String namespaced = service + "." + node.namespace();
        return List.of(service, namespaced, namespaced + ".svc", namespaced + ".svc." + node.clusterDomain());
    }
}
