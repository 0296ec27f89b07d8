package dev.ccp.cluster.status;

import dev.ccp.cluster.Cluster;
import dev.ccp.cluster.ManagedKinds;
import dev.ccp.cluster.RetryPolicy;
import dev.ccp.cluster.wait.Readiness;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Computes {@code ccp status} (REFERENCE 7.3) from the objects labelled {@code ccp=true} in the
 * namespace, grouped by their {@code app} label (the component filter is applied here: the
 * set-based selector {@code app in (...)} is not relied on). Differences from the original:
 * a StatefulSet counts {@code status.readyReplicas} instead of listing its pods, DaemonSets are
 * counted like Deployments, and a row is ok only if its workloads also pass {@link Readiness}.
 */
public final class StatusCollector {

    private final Cluster cluster;
    private final RetryPolicy retry;

    public StatusCollector(Cluster cluster, RetryPolicy retry) {
        this.cluster = Objects.requireNonNull(cluster, "cluster");
        this.retry = Objects.requireNonNull(retry, "retry");
    }

    public StatusReport collect(String namespace, Collection<String> components, LinkSettings links) {
        Set<String> only = Set.copyOf(components);
        Map<String, Counts> rows = new TreeMap<>();
        for (Deployment d : list(Deployment.class, namespace, only)) {
            var s = d.getStatus();
            int running = s == null ? 0 : Math.min(orZero(s.getAvailableReplicas()), orZero(s.getUpdatedReplicas()));
            row(rows, d).workload(running, d.getSpec().getReplicas() == null ? 1 : d.getSpec().getReplicas(), d);
        }
        for (DaemonSet d : list(DaemonSet.class, namespace, only)) {
            var s = d.getStatus();
            int running = s == null ? 0 : Math.min(orZero(s.getNumberAvailable()), orZero(s.getUpdatedNumberScheduled()));
            row(rows, d).workload(running, s == null ? 0 : orZero(s.getDesiredNumberScheduled()), d);
        }
        for (StatefulSet st : list(StatefulSet.class, namespace, only)) {
            int running = st.getStatus() == null ? 0 : orZero(st.getStatus().getReadyReplicas());
            row(rows, st).workload(running, st.getSpec().getReplicas() == null ? 1 : st.getSpec().getReplicas(), st);
        }
        for (Job job : list(Job.class, namespace, only)) {
            int completions = job.getSpec().getCompletions() == null ? 1 : job.getSpec().getCompletions();
            int succeeded = job.getStatus() == null ? 0 : orZero(job.getStatus().getSucceeded());
            row(rows, job).job(succeeded, completions);
        }
        if (links.ingressEnabled()) {
            for (Ingress ingress : list(Ingress.class, namespace, Set.of())) {
                if (!only.isEmpty() && !only.contains(ingress.getMetadata().getName())) {
                    continue;
                }
                for (IngressRule rule : ingress.getSpec().getRules()) {
                    String port = links.ingressPort() == 0 ? "" : ":" + links.ingressPort();
                    rows.computeIfAbsent(ingress.getMetadata().getName(), k -> new Counts())
                            .links.add("https://" + rule.getHost() + port);
                }
            }
        } else {
            for (Service service : list(Service.class, namespace, only)) {
                for (ServicePort port : service.getSpec().getPorts()) {
                    if (port.getNodePort() != null) {
                        row(rows, service).links.add("http://" + links.externalIp() + ":" + port.getNodePort());
                    }
                }
            }
        }
        List<StatusRow> result = new ArrayList<>();
        rows.forEach((name, c) -> result.add(new StatusRow(name, c.running, c.total, c.completed, c.jobs, c.rolledOut, c.links)));
        return new StatusReport(result);
    }

    private <T extends HasMetadata> List<T> list(Class<T> type, String namespace, Set<String> only) {
        return retry.call("list " + type.getSimpleName() + "s in " + namespace,
                () -> cluster.list(type, namespace, Map.of(ManagedKinds.CCP_LABEL, "true"))).stream()
                .filter(o -> only.isEmpty() || only.contains(app(o))).toList();
    }

    private static Counts row(Map<String, Counts> rows, HasMetadata object) {
        return rows.computeIfAbsent(app(object), k -> new Counts());
    }

    private static String app(HasMetadata object) {
        Map<String, String> labels = object.getMetadata().getLabels();
        String app = labels == null ? null : labels.get(ManagedKinds.APP_LABEL);
        return app == null ? object.getMetadata().getName() : app;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    /** Running sums for one row while collecting. */
    private static final class Counts {
        private int running;
        private int total;
        private int completed;
        private int jobs;
        private boolean rolledOut = true;
        private final List<String> links = new ArrayList<>();

        void workload(int podsRunning, int podsTotal, HasMetadata workload) {
            running += podsRunning;
            total += podsTotal;
            rolledOut &= Readiness.of(workload).isReady();
        }

        void job(int succeeded, int completions) {
            completed += succeeded;
            jobs += completions;
        }
    }
}
