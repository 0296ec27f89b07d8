package dev.ccp.cluster.apply;

import dev.ccp.cluster.BoundedParallel;
import dev.ccp.cluster.Cluster;
import dev.ccp.cluster.ManagedKinds;
import dev.ccp.cluster.ObjectRef;
import dev.ccp.cluster.RetryPolicy;
import dev.ccp.dsl.yaml.KeyPath;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the rendered objects with the cluster and says, per object, create / update /
 * replace / unchanged, plus the environment's objects the render no longer has (prune).
 * Reads only: one GET of the namespace, then one list per kind by {@code ccp-environment}, a
 * few at a time, read untyped (and a GET, a few at a time, for each rendered object the lists
 * did not show). A live
 * object becomes its model class only when the apply will write it. A missing namespace means a
 * first deploy: nothing else is read.
 */
public final class Planner {

    private static final String CONFIG_HASH_PATH = KeyPath.of("spec", "template", "metadata", "annotations",
            ManagedKinds.CONFIG_HASH_ANNOTATION).toString();

    private static final int CONCURRENT_LISTS = 4;
    private static final int CONCURRENT_READS = 8;

    private final Cluster cluster;
    private final RetryPolicy retry;
    private final ObjectComparison comparison = new ObjectComparison();
    /** Made when first needed: a plan without writes has no object to type. */
    private KubernetesSerialization serialization;

    public Planner(Cluster cluster, RetryPolicy retry) {
        this.cluster = Objects.requireNonNull(cluster, "cluster");
        this.retry = Objects.requireNonNull(retry, "retry");
    }

    /**
     * The plan for deploying {@code rendered} into {@code namespace}. Objects without a
     * namespace are planned in {@code namespace} (the caller's objects are not modified).
     */
    public Plan plan(String namespace, List<HasMetadata> rendered) {
        List<HasMetadata> desired = rendered.stream().map(o -> NamespacePlacement.place(o, namespace))
                .sorted(ManagedKinds.applyOrder()).toList();
        Optional<Namespace> liveNamespace = read("read Namespace/" + namespace,
                () -> cluster.get(Namespace.class, null, namespace));
        boolean namespaceExists = liveNamespace.isPresent();
        Map<ObjectRef, Listed> labelled = namespaceExists ? labelled(namespace) : new LinkedHashMap<>();
        Map<ObjectRef, HasMetadata> known = new LinkedHashMap<>();
        liveNamespace.ifPresent(n -> known.put(ObjectRef.of(n), n));
        if (namespaceExists) {
            known.putAll(unlisted(desired, labelled.keySet(), known.keySet()));
        }

        List<PlannedChange> changes = new ArrayList<>();
        List<ObjectRef> restarts = new ArrayList<>();
        for (HasMetadata want : desired) {
            ObjectRef ref = ObjectRef.of(want);
            Optional<HasMetadata> live = Optional.ofNullable(labelled.remove(ref)).<HasMetadata>map(Listed::sent)
                    .or(() -> Optional.ofNullable(known.get(ref)));
            PlannedChange change = decide(ref, want, live);
            changes.add(change);
            if (change.action() == ChangeAction.UPDATE && ManagedKinds.isWorkload(ref.kind())
                    && change.changes().stream().anyMatch(c -> c.path().equals(CONFIG_HASH_PATH))) {
                restarts.add(ref);
            }
        }
        labelled.values().stream()
                .sorted(Comparator.comparingInt((Listed o) -> -ManagedKinds.rank(o.sent().getKind()))
                        .thenComparing(o -> ObjectRef.of(o.sent())))
                .forEach(o -> changes.add(new PlannedChange(ChangeAction.PRUNE, ObjectRef.of(o.sent()), List.of(),
                        Optional.empty(), Optional.of(typed(o.sent(), o.type())))));
        return new Plan(namespace, changes, restarts);
    }

    private PlannedChange decide(ObjectRef ref, HasMetadata want, Optional<HasMetadata> live) {
        if (live.isEmpty()) {
            return new PlannedChange(ChangeAction.CREATE, ref, List.of(), Optional.of(want), live);
        }
        List<FieldChange> fields = comparison.changes(want, live.get());
        ChangeAction action = fields.isEmpty() ? ChangeAction.UNCHANGED
                : "Job".equals(ref.kind()) ? ChangeAction.REPLACE : ChangeAction.UPDATE;
        Optional<HasMetadata> written = action == ChangeAction.UNCHANGED ? live : live.map(o -> typed(o, want.getClass()));
        return new PlannedChange(action, ref, fields, Optional.of(want), written);
    }

    /** {@code object} as a {@code type}: itself when it is one, else read into one. */
    private HasMetadata typed(HasMetadata object, Class<? extends HasMetadata> type) {
        return type.isInstance(object) ? object : serialization().convertValue(object, type);
    }

    private KubernetesSerialization serialization() {
        if (serialization == null) {
            serialization = new KubernetesSerialization();
        }
        return serialization;
    }

    /** A live object as a list sent it, and the model class of the kind listed. */
    private record Listed(Class<? extends HasMetadata> type, GenericKubernetesResource sent) {
    }

    /**
     * The live objects of the {@code desired} ones the lists did not show (no environment label:
     * made by someone else, or by an older ccp), read a few at a time; those that exist.
     */
    private Map<ObjectRef, HasMetadata> unlisted(List<HasMetadata> desired, Set<ObjectRef> listed, Set<ObjectRef> known) {
        List<HasMetadata> unseen = desired.stream().filter(o -> !(o instanceof Namespace))
                .filter(o -> !listed.contains(ObjectRef.of(o)) && !known.contains(ObjectRef.of(o))).toList();
        List<Optional<HasMetadata>> read = BoundedParallel.map(unseen, CONCURRENT_READS, "ccp-plan",
                want -> read("read " + ObjectRef.of(want).describe(), () -> cluster.get(want)));
        Map<ObjectRef, HasMetadata> found = new LinkedHashMap<>();
        for (int i = 0; i < unseen.size(); i++) {
            ObjectRef ref = ObjectRef.of(unseen.get(i));
            read.get(i).ifPresent(live -> found.put(ref, live));
        }
        return found;
    }

    /** The environment's objects of every kind ccp manages, listed a few kinds at a time, in kind order. */
    private Map<ObjectRef, Listed> labelled(String namespace) {
        Map<ObjectRef, Listed> live = new LinkedHashMap<>();
        BoundedParallel.map(ManagedKinds.NAMESPACED, CONCURRENT_LISTS, "ccp-plan",
                kind -> read("list " + kind.getSimpleName() + "s in " + namespace,
                        () -> cluster.listAsSent(kind, namespace, ManagedKinds.environmentSelector(namespace)))
                        .stream().map(o -> new Listed(kind, o)).toList())
                .forEach(objects -> objects.forEach(o -> live.put(ObjectRef.of(o.sent()), o)));
        return live;
    }

    private <T> T read(String what, java.util.function.Supplier<T> action) {
        return retry.call(what, action);
    }
}
