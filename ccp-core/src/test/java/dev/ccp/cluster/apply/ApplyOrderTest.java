package dev.ccp.cluster.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.cluster.Cluster;
import dev.ccp.cluster.ObjectRef;
import dev.ccp.cluster.RetryPolicy;
import dev.ccp.cluster.TestObjects;
import dev.ccp.dsl.problem.CcpException;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The order of an apply's writes: rank by rank, the writes of one rank a few at a time. */
class ApplyOrderTest {

    private static final String NS = "ccp-1";
    private static final RetryPolicy ONCE = new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1), d -> { });

    /** Records creates in the order they finish; a create of {@code failing} is rejected. */
    private static final class RecordingCluster implements Cluster {

        final List<String> created = Collections.synchronizedList(new ArrayList<>());
        final String failing;
        final CountDownLatch together;
        final AtomicBoolean waitedInVain = new AtomicBoolean();

        RecordingCluster(String failing, int together) {
            this.failing = failing;
            this.together = new CountDownLatch(together);
        }

        @Override
        public HasMetadata create(HasMetadata object) {
            String name = object.getKind() + "/" + object.getMetadata().getName();
            if (object.getKind().equals("ConfigMap")) {
                // Every ConfigMap create waits until the first few have all started: they must run at once.
                together.countDown();
                try {
                    if (!together.await(5, TimeUnit.SECONDS)) {
                        waitedInVain.set(true);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (name.equals(failing)) {
                throw new KubernetesClientException("rejected", 422, null);
            }
            created.add(name);
            return object;
        }

        @Override
        public Optional<HasMetadata> get(HasMetadata like) {
            return Optional.empty();
        }

        @Override
        public <T extends HasMetadata> Optional<T> get(Class<T> type, String namespace, String name) {
            return Optional.empty();
        }

        @Override
        public <T extends HasMetadata> List<T> list(Class<T> type, String namespace, Map<String, String> labels) {
            return List.of();
        }

        @Override
        public List<GenericKubernetesResource> listAsSent(Class<? extends HasMetadata> type, String namespace,
                Map<String, String> labels) {
            return List.of();
        }

        @Override
        public HasMetadata update(HasMetadata object) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean delete(HasMetadata object) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean removeFinalizers(HasMetadata object) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> nodeNames() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<String> serverVersion() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Boolean> accessAllowed(String verb, String group, String resource, String namespace) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String describe() {
            return "http://api.example/";
        }
    }

    private static Plan creates(List<HasMetadata> objects) {
        return new Plan(NS, objects.stream().map(o -> new PlannedChange(ChangeAction.CREATE, ObjectRef.of(o), List.of(),
                Optional.of(o), Optional.empty())).toList(), List.of());
    }

    private static List<HasMetadata> objects() {
        List<HasMetadata> objects = new ArrayList<>();
        for (String name : List.of("a", "b", "c", "d")) {
            objects.add(TestObjects.configMap(NS, "keystone", name, Map.of("k", name)));
        }
        objects.add(TestObjects.service(NS, "keystone", 5000));
        objects.add(TestObjects.deployment(NS, "keystone", 1, "hash"));
        return objects;
    }

    @Test
    void theWritesOfARankRunTogetherAndTheNextRankWaitsForThem() {
        RecordingCluster cluster = new RecordingCluster("", 4);

        ApplyResult result = new Applier(cluster, ONCE).apply(creates(objects()), false);

        assertThat(cluster.waitedInVain).as("the four ConfigMaps were written at the same time").isFalse();
        assertThat(cluster.created.subList(0, 4)).containsExactlyInAnyOrder("ConfigMap/a", "ConfigMap/b", "ConfigMap/c",
                "ConfigMap/d");
        assertThat(cluster.created.subList(4, 6)).containsExactly("Service/keystone", "Deployment/keystone");
        assertThat(result.get(ChangeAction.CREATE)).as("reported in plan order").extracting(ObjectRef::toString)
                .containsExactly("ConfigMap/a", "ConfigMap/b", "ConfigMap/c", "ConfigMap/d", "Service/keystone",
                        "Deployment/keystone");
    }

    @Test
    void aFailedWriteStopsTheApplyOnceTheOthersOfItsRankAreDone() {
        RecordingCluster cluster = new RecordingCluster("ConfigMap/b", 4);

        assertThatThrownBy(() -> new Applier(cluster, ONCE).apply(creates(objects()), false))
                .isInstanceOf(CcpException.class).hasMessageStartingWith("apply ConfigMap/b in ccp-1 failed:").hasMessageContaining("rejected");
        assertThat(cluster.created).containsExactlyInAnyOrder("ConfigMap/a", "ConfigMap/c", "ConfigMap/d");
    }
}
