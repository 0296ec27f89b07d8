package dev.ccp.cluster.tls;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The DNS names the environment's server certificate must be valid for: per Service
 * {@code <svc>}, {@code <svc>.<ns>}, {@code <svc>.<ns>.svc} and {@code <svc>.<ns>.svc.<cluster
 * domain>} (what {@code address()} gives), plus {@code *.<svc>.<ns>.svc.<cluster domain>} for a
 * headless Service (its pods' names, e.g. etcd members); and every Ingress host.
 */
public final class SubjectNames {

    private static final String HEADLESS = "None";

    private SubjectNames() {
    }

    public static SortedSet<String> of(List<HasMetadata> objects, String namespace, String clusterDomain) {
        SortedSet<String> names = new TreeSet<>();
        for (HasMetadata object : objects) {
            if (object instanceof Service service) {
                String name = service.getMetadata().getName();
                String inCluster = name + "." + namespace + ".svc." + clusterDomain;
                names.add(name);
                names.add(name + "." + namespace);
                names.add(name + "." + namespace + ".svc");
                names.add(inCluster);
                if (service.getSpec() != null && HEADLESS.equals(service.getSpec().getClusterIP())) {
                    names.add("*." + inCluster);
                }
            } else if (object instanceof Ingress ingress && ingress.getSpec() != null && ingress.getSpec().getRules() != null) {
                ingress.getSpec().getRules().stream().map(IngressRule::getHost)
                        .filter(host -> host != null && !host.isBlank())
                        .forEach(names::add);
            }
        }
        return names;
    }
}
