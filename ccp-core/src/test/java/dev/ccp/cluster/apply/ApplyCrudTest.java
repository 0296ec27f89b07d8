package dev.ccp.cluster.apply;

import static dev.ccp.cluster.TestObjects.component;
import static dev.ccp.cluster.TestObjects.configMap;
import static dev.ccp.cluster.TestObjects.deployment;
import static dev.ccp.cluster.TestObjects.environment;
import static dev.ccp.cluster.TestObjects.job;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.cluster.Fabric8Cluster;
import dev.ccp.cluster.ObjectRef;
import dev.ccp.cluster.RetryPolicy;
import dev.ccp.cluster.ServerRequests;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Apply against the CRUD mock server, asserting what the server holds afterwards. */
@EnableKubernetesMockClient(crud = true)
class ApplyCrudTest {

    private static final String NS = "ccp-1";

    static KubernetesClient client;
    static KubernetesMockServer server;

    private Planner planner;
    private Applier applier;

    @BeforeEach
    void setUp() {
        server.reset();
        Fabric8Cluster cluster = new Fabric8Cluster(client);
        RetryPolicy retry = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(2), d -> { });
        planner = new Planner(cluster, retry);
        applier = new Applier(cluster, retry);
    }

    private ApplyResult deploy(List<HasMetadata> objects, boolean prune) {
        return applier.apply(plan(objects), prune);
    }

    /** A plan for these objects plus the namespace (a real cluster has no objects without it). */
    private Plan plan(List<HasMetadata> objects) {
        List<HasMetadata> all = new ArrayList<>(objects);
        if (all.stream().noneMatch(o -> o.getKind().equals("Namespace"))) {
            all.add(0, dev.ccp.cluster.TestObjects.namespace(NS));
        }
        return planner.plan(NS, all);
    }

    @Test
    void firstApplyCreatesEverythingInApplyOrder() {
        List<HasMetadata> objects = environment(NS, "keystone", "glance");

        ApplyResult result = deploy(objects, false);

        assertThat(result.get(ChangeAction.CREATE)).hasSize(objects.size());
        assertThat(client.namespaces().withName(NS).get()).isNotNull();
        assertThat(client.configMaps().inNamespace(NS).withName("keystone-files").get().getData())
                .containsEntry("conf", "value-keystone");
        assertThat(client.secrets().inNamespace(NS).withName("glance-secret").get().getData()).containsKey("password");
        assertThat(client.apps().deployments().inNamespace(NS).list().getItems()).extracting(d -> d.getMetadata().getName())
                .containsExactlyInAnyOrder("keystone", "glance");
        assertThat(client.batch().v1().jobs().inNamespace(NS).withName("keystone-db-sync").get()).isNotNull();
        assertThat(client.services().inNamespace(NS).withName("glance").get()).isNotNull();
        // creation order follows the kinds: resourceVersions grow with each write
        long namespaceVersion = version(client.namespaces().withName(NS).get());
        long lastConfig = version(client.configMaps().inNamespace(NS).withName("glance-files").get());
        long firstService = version(client.services().inNamespace(NS).withName("keystone").get());
        long firstDeployment = version(client.apps().deployments().inNamespace(NS).withName("keystone").get());
        assertThat(namespaceVersion).isLessThan(lastConfig);
        assertThat(lastConfig).isLessThan(firstService);
        assertThat(firstService).isLessThan(firstDeployment);
    }

    @Test
    void reapplyOfAnUnchangedSetWritesNothing() {
        List<HasMetadata> objects = environment(NS, "keystone", "glance", "nova-api");
        deploy(objects, false);
        ServerRequests.drain(server);

        Plan plan = planner.plan(NS, environment(NS, "keystone", "glance", "nova-api"));
        ApplyResult result = applier.apply(plan, true);

        assertThat(plan.isNoOp()).isTrue();
        assertThat(result.get(ChangeAction.UNCHANGED)).hasSize(objects.size());
        assertThat(ServerRequests.writes(server)).isEmpty();
    }

    @Test
    void changedConfigMapIsUpdatedAndTheWorkloadWithANewHashRestarts() {
        deploy(environment(NS, "keystone", "glance"), false);
        List<HasMetadata> changed = new ArrayList<>(environment(NS, "glance"));
        changed.addAll(component(NS, "keystone", "new-value"));

        Plan plan = planner.plan(NS, changed);

        PlannedChange files = find(plan, "ConfigMap", "keystone-files");
        assertThat(files.action()).isEqualTo(ChangeAction.UPDATE);
        assertThat(files.changes()).extracting(FieldChange::describe)
                .containsExactly("data.conf: \"value-keystone\" -> \"new-value\"");
        assertThat(plan.restarts()).containsExactly(new ObjectRef("Deployment", NS, "keystone"));
        assertThat(find(plan, "Deployment", "glance").action()).isEqualTo(ChangeAction.UNCHANGED);

        ServerRequests.drain(server);
        applier.apply(plan, false);

        assertThat(client.configMaps().inNamespace(NS).withName("keystone-files").get().getData())
                .containsEntry("conf", "new-value");
        Deployment keystone = client.apps().deployments().inNamespace(NS).withName("keystone").get();
        assertThat(keystone.getSpec().getTemplate().getMetadata().getAnnotations())
                .containsEntry("ccp.dev/config-hash", Integer.toHexString("new-value".hashCode()));
        assertThat(ServerRequests.writes(server)).hasSize(2);
    }

    @Test
    void changedJobIsReplacedAndUnchangedJobLeftAlone() {
        deploy(List.of(job(NS, "keystone", "keystone-db-sync", "sync"), job(NS, "glance", "glance-db-sync", "sync")), false);
        String oldUid = client.batch().v1().jobs().inNamespace(NS).withName("keystone-db-sync").get().getMetadata().getUid();
        String glanceUid = client.batch().v1().jobs().inNamespace(NS).withName("glance-db-sync").get().getMetadata().getUid();

        ApplyResult result = deploy(List.of(job(NS, "keystone", "keystone-db-sync", "sync --full"),
                job(NS, "glance", "glance-db-sync", "sync")), false);

        assertThat(result.get(ChangeAction.REPLACE)).containsExactly(new ObjectRef("Job", NS, "keystone-db-sync"));
        Job replaced = client.batch().v1().jobs().inNamespace(NS).withName("keystone-db-sync").get();
        assertThat(replaced.getMetadata().getUid()).isNotEqualTo(oldUid);
        assertThat(replaced.getSpec().getTemplate().getSpec().getContainers().get(0).getCommand())
                .containsExactly("sh", "-c", "sync --full");
        assertThat(client.batch().v1().jobs().inNamespace(NS).withName("glance-db-sync").get().getMetadata().getUid())
                .isEqualTo(glanceUid);
    }

    @Test
    void pruneListsAndDeletesTheObjectsOfARemovedComponent() {
        deploy(environment(NS, "keystone", "glance"), false);

        Plan plan = planner.plan(NS, environment(NS, "keystone"));
        assertThat(plan.withAction(ChangeAction.PRUNE)).extracting(c -> c.ref().toString())
                .containsExactlyInAnyOrder("ConfigMap/glance-files", "Secret/glance-secret", "Job/glance-db-sync",
                        "Deployment/glance", "Service/glance");

        applier.apply(plan, false);
        assertThat(client.apps().deployments().inNamespace(NS).withName("glance").get()).isNotNull();

        applier.apply(planner.plan(NS, environment(NS, "keystone")), true);
        assertThat(client.apps().deployments().inNamespace(NS).withName("glance").get()).isNull();
        assertThat(client.configMaps().inNamespace(NS).withName("glance-files").get()).isNull();
        assertThat(client.secrets().inNamespace(NS).withName("glance-secret").get()).isNull();
        assertThat(client.services().inNamespace(NS).withName("glance").get()).isNull();
        assertThat(client.apps().deployments().inNamespace(NS).withName("keystone").get()).isNotNull();
    }

    @Test
    void serverSetFieldsAndExtraAnnotationsAreNotChanges() {
        deploy(List.of(deployment(NS, "keystone", 1, "h1"), dev.ccp.cluster.TestObjects.service(NS, "keystone", 5000)), false);
        client.apps().deployments().inNamespace(NS).withName("keystone").edit(d -> {
            d.getMetadata().getAnnotations().put("deployment.kubernetes.io/revision", "1");
            d.getSpec().setProgressDeadlineSeconds(600);
            d.getSpec().getTemplate().getSpec().getContainers().get(0).setImagePullPolicy("IfNotPresent");
            return d;
        });
        client.services().inNamespace(NS).withName("keystone").edit(s -> {
            s.getSpec().setClusterIP("10.0.0.7");
            s.getSpec().getPorts().get(0).setNodePort(31234);
            s.getSpec().getPorts().get(0).setProtocol("TCP");
            return s;
        });

        Plan plan = plan(List.of(deployment(NS, "keystone", 1, "h1"),
                dev.ccp.cluster.TestObjects.service(NS, "keystone", 5000)));

        assertThat(plan.changes()).extracting(PlannedChange::action).containsOnly(ChangeAction.UNCHANGED);
    }

    @Test
    void updatedServiceKeepsItsAllocatedClusterIpAndNodePort() {
        deploy(List.of(dev.ccp.cluster.TestObjects.service(NS, "keystone", 5000)), false);
        client.services().inNamespace(NS).withName("keystone").edit(s -> {
            s.getSpec().setClusterIP("10.0.0.7");
            s.getSpec().getPorts().get(0).setNodePort(31234);
            return s;
        });
        Service changed = dev.ccp.cluster.TestObjects.service(NS, "keystone", 5000);
        changed.getSpec().setSelector(Map.of("app", "keystone", "tier", "api"));

        deploy(List.of(changed), false);

        Service live = client.services().inNamespace(NS).withName("keystone").get();
        assertThat(live.getSpec().getSelector()).containsEntry("tier", "api");
        assertThat(live.getSpec().getClusterIP()).isEqualTo("10.0.0.7");
        assertThat(live.getSpec().getPorts().get(0).getNodePort()).isEqualTo(31234);
    }

    @Test
    void secretValuesNeverAppearInTheDiff() {
        deploy(List.of(dev.ccp.cluster.TestObjects.secret(NS, "keystone", "keystone-secret", "password", "old-pass")), false);

        Plan plan = plan(
                List.of(dev.ccp.cluster.TestObjects.secret(NS, "keystone", "keystone-secret", "password", "new-pass")));

        PlannedChange change = find(plan, "Secret", "keystone-secret");
        assertThat(change.action()).isEqualTo(ChangeAction.UPDATE);
        assertThat(change.changes()).extracting(FieldChange::describe).containsExactly("data.password: (changed)");
        String text = new PlanText().render(plan, false);
        assertThat(text).doesNotContain("b2xkLXBhc3M", "bmV3LXBhc3M", "old-pass", "new-pass");
    }

    @Test
    void removedConfigMapKeyIsAChange() {
        deploy(List.of(configMap(NS, "keystone", "keystone-files", Map.of("a", "1", "b", "2"))), false);

        Plan plan = plan(List.of(configMap(NS, "keystone", "keystone-files", Map.of("a", "1"))));

        assertThat(find(plan, "ConfigMap", "keystone-files").changes()).extracting(FieldChange::describe)
                .containsExactly("data.b: \"2\" -> (absent)");
        applier.apply(plan, false);
        ConfigMap live = client.configMaps().inNamespace(NS).withName("keystone-files").get();
        assertThat(live.getData()).containsOnlyKeys("a");
    }

    @Test
    void objectsWithoutNamespaceArePlacedInTheTargetNamespaceWithoutChangingTheCallersObject() {
        ConfigMap loose = configMap(NS, "keystone", "loose", Map.of("a", "1"));
        loose.getMetadata().setNamespace(null);

        deploy(List.of(loose), false);

        assertThat(loose.getMetadata().getNamespace()).isNull();
        assertThat(client.configMaps().inNamespace(NS).withName("loose").get()).isNotNull();
        assertThat(client.secrets().inNamespace(NS).list().getItems()).extracting(Secret::getType).isEmpty();
    }

    @Test
    void objectsTheListsDoNotShowAreReadOneByOneAndUpdatedNotCreated() {
        deploy(List.of(), false);
        for (String name : List.of("foreign-a", "foreign-b")) {
            ConfigMap foreign = configMap(NS, "keystone", name, Map.of("a", "1"));
            foreign.getMetadata().setLabels(Map.of());
            client.configMaps().inNamespace(NS).resource(foreign).create();
        }

        Plan plan = plan(List.of(configMap(NS, "keystone", "foreign-a", Map.of("a", "1")),
                configMap(NS, "keystone", "foreign-b", Map.of("a", "2")), configMap(NS, "keystone", "new", Map.of("a", "1"))));

        assertThat(find(plan, "ConfigMap", "foreign-a").action()).as("only its labels differ").isEqualTo(ChangeAction.UPDATE);
        assertThat(find(plan, "ConfigMap", "foreign-b").changes()).extracting(FieldChange::path).contains("data.a");
        assertThat(find(plan, "ConfigMap", "foreign-b").live()).get().isInstanceOf(ConfigMap.class);
        assertThat(find(plan, "ConfigMap", "new").action()).isEqualTo(ChangeAction.CREATE);
    }

    private static PlannedChange find(Plan plan, String kind, String name) {
        return plan.changes().stream().filter(c -> c.ref().kind().equals(kind) && c.ref().name().equals(name))
                .findFirst().orElseThrow();
    }

    private static long version(HasMetadata object) {
        return Long.parseLong(object.getMetadata().getResourceVersion());
    }
}
