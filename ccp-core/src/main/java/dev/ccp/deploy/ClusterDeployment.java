package dev.ccp.deploy;

import dev.ccp.cluster.Cluster;
import dev.ccp.cluster.ManagedKinds;
import dev.ccp.cluster.Pause;
import dev.ccp.cluster.RetryPolicy;
import dev.ccp.cluster.apply.ApplyResult;
import dev.ccp.cluster.apply.Applier;
import dev.ccp.cluster.apply.ChangeAction;
import dev.ccp.cluster.apply.Plan;
import dev.ccp.cluster.apply.Planner;
import dev.ccp.cluster.lock.DeployLock;
import dev.ccp.cluster.wait.WaitProgress;
import dev.ccp.cluster.wait.Waiter;
import dev.ccp.cluster.collision.Collision;
import dev.ccp.cluster.collision.CollisionCheck;
import dev.ccp.cluster.collision.HostClaim;
import dev.ccp.cluster.collision.HostClaims;
import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import dev.ccp.cluster.tls.EnvironmentTls;
import dev.ccp.cluster.tls.TlsOutcome;
import dev.ccp.renderer.TlsSecret;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The cluster steps of {@code ccp deploy}, in order: plan (compare with what is live), take the
 * environment's lock, apply only what changed (namespace first), and wait for readiness.
 */
public final class ClusterDeployment {

    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration LOCK_WAIT = Duration.ofMinutes(5);
    private static final Duration POLL = Duration.ofSeconds(2);

    private static final List<Class<? extends HasMetadata>> CLAIMING_KINDS = List.of(Service.class, Ingress.class,
            Deployment.class, DaemonSet.class, StatefulSet.class, Job.class);

    private final Cluster cluster;
    private final RetryPolicy retry;

    public ClusterDeployment(Cluster cluster, RetryPolicy retry) {
        this.cluster = cluster;
        this.retry = retry;
    }

    /** The components already running in {@code namespace}: app labels of ccp workloads (REFERENCE 6.5). */
    public SortedSet<String> deployedComponents(String namespace) {
        SortedSet<String> deployed = new TreeSet<>();
        Map<String, String> ccp = Map.of(ManagedKinds.CCP_LABEL, "true");
        for (Class<? extends HasMetadata> kind : List.of(Deployment.class, StatefulSet.class, DaemonSet.class)) {
            for (HasMetadata workload : retry.call("list " + kind.getSimpleName() + " in " + namespace,
                    () -> cluster.list(kind, namespace, ccp))) {
                String app = workload.getMetadata().getLabels() == null ? null
                        : workload.getMetadata().getLabels().get(ManagedKinds.APP_LABEL);
                if (app != null) {
                    deployed.add(app);
                }
            }
        }
        return deployed;
    }

    /** The names of the cluster's nodes, which the topology's regexes are matched against. */
    public List<String> nodeNames() {
        return retry.call("list nodes of " + cluster.describe(), cluster::nodeNames);
    }

    public Plan plan(String namespace, List<HasMetadata> objects) {
        return new Planner(cluster, retry).plan(namespace, objects);
    }

    /**
     * Creates the namespace when missing, then, holding the deploy lock, plans again (the
     * cluster may have changed while waiting for the lock) and applies.
     */
    public ApplyResult apply(String namespace, List<HasMetadata> objects, boolean prune, String holder,
            Consumer<Plan> beforeApply) {
        Applier applier = new Applier(cluster, retry);
        Plan first = plan(namespace, objects);
        if (first.isNoOp() && (!prune || first.withAction(ChangeAction.PRUNE).isEmpty())) {
            // Nothing to write: no lock either, so an unchanged re-deploy makes no write at all.
            beforeApply.accept(first);
            return applier.apply(first, false);
        }
        refuseCollisions(namespace, objects);
        first.withAction(ChangeAction.CREATE).stream()
                .filter(change -> change.ref().kind().equals("Namespace"))
                .findFirst()
                .ifPresent(namespaceChange -> applier.apply(new Plan(namespace, List.of(namespaceChange), List.of()), false));
        DeployLock lock = new DeployLock(cluster, Clock.systemUTC(), Pause.real(), LEASE, POLL);
        try (DeployLock.HeldLock held = lock.acquire(namespace, holder, LOCK_WAIT)) {
            Plan plan = plan(namespace, objects);
            beforeApply.accept(plan);
            ApplyResult result = applier.apply(plan, prune);
            held.renew();
            return result;
        }
    }

    /**
     * The resources (NodePorts, Ingress hosts, host ports, written host directories) that
     * {@code objects} would claim and another ccp environment in the cluster already holds.
     * The only cluster-scoped object ccp renders is the Namespace, whose name is the environment
     * itself: two environments cannot claim it.
     */
    public List<Collision> collisions(String namespace, List<HasMetadata> objects) {
        List<HostClaim> ours = objects.stream().flatMap(o -> HostClaims.of(o, namespace).stream()).toList();
        if (ours.isEmpty()) {
            return List.of();
        }
        List<HostClaim> theirs = new ArrayList<>();
        Map<String, String> ccp = Map.of(ManagedKinds.CCP_LABEL, "true");
        for (Class<? extends HasMetadata> kind : CLAIMING_KINDS) {
            for (HasMetadata object : retry.call("list " + kind.getSimpleName() + " of every ccp environment",
                    () -> cluster.list(kind, null, ccp))) {
                Map<String, String> labels = object.getMetadata().getLabels();
                String environment = labels == null ? null : labels.get(ManagedKinds.ENVIRONMENT_LABEL);
                if (environment != null && !environment.equals(namespace)) {
                    theirs.addAll(HostClaims.of(object, environment));
                }
            }
        }
        return CollisionCheck.between(ours, theirs);
    }

    private void refuseCollisions(String namespace, List<HasMetadata> objects) {
        List<Collision> found = collisions(namespace, objects);
        InvalidInputException.throwIfAny("environment " + namespace + " collides with other ccp environments in "
                + cluster.describe() + "; nothing was written",
                found.stream().map(c -> Problem.at(null, c.configKey(), c.describe() + "; " + c.advice())).toList());
    }

    /**
     * The environment's TLS Secret for this deploy: the live one read, then reused, completed or
     * replaced by {@code tls}. Writes nothing: the Secret is applied with the other objects.
     *
     * @param names the DNS names the server certificate must cover
     */
    public TlsOutcome tlsSecret(String namespace, EnvironmentTls tls, SortedSet<String> names) {
        Optional<Secret> live = retry.call("read Secret/" + TlsSecret.NAME + " in " + namespace,
                () -> cluster.get(Secret.class, namespace, TlsSecret.NAME));
        return tls.secret(namespace, names, live);
    }

    /** Waits until every workload and Job of {@code plan} is ready; throws with a summary at the deadline. */
    public WaitProgress await(Plan plan, Duration timeout, Consumer<WaitProgress> progress) {
        return new Waiter(cluster, retry, Clock.systemUTC(), Pause.real(), POLL)
                .await(plan.namespace(), plan.rendered(), timeout, progress);
    }
}
