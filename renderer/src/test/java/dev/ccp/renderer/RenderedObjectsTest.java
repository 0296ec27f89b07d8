package dev.ccp.renderer;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Properties of the demo environment as a whole: order, labels, aliases, optional objects. */
class RenderedObjectsTest {

    private static RenderedEnvironment demo;

    @BeforeAll
    static void render() {
        demo = Demo.render();
    }

    @Test
    void objectsComeNamespaceFirstThenSharedThenPerServiceInApplyOrder() {
        assertThat(demo.objects()).extracting(o -> o.getKind() + " " + o.getMetadata().getName()).containsExactly(
                "Namespace demo", "Secret registry-key", "ConfigMap globals", "Secret global-secrets",
                "ConfigMap nodes-config", "ConfigMap exports",
                "ConfigMap cache-files", "ConfigMap cache-meta", "ConfigMap cache-service-config",
                "ConfigMap cache-role", "DaemonSet cache",
                "ConfigMap ports-files", "ConfigMap ports-meta", "ConfigMap ports-service-config",
                "ConfigMap ports-role", "Deployment ports", "Service ports", "Ingress ports",
                "ConfigMap store-files", "ConfigMap store-meta", "ConfigMap store-service-config",
                "ConfigMap store-role", "StatefulSet store", "Service store",
                "ConfigMap web-files", "ConfigMap web-meta", "ConfigMap web-service-config", "Secret web-tls",
                "Secret web-admin", "ConfigMap web-role", "Job web-web-db-sync", "Job web-web-register",
                "Deployment web", "Service web", "Ingress web",
                "ConfigMap web-canary-files", "ConfigMap web-canary-meta", "ConfigMap web-canary-service-config",
                "ConfigMap web-canary-role", "Job web-canary-web-db-sync", "Job web-canary-web-register",
                "Deployment web-canary", "Service web-canary", "Ingress web-canary",
                "ConfigMap worker-files", "ConfigMap worker-meta", "ConfigMap worker-service-config",
                "ConfigMap worker-role", "Deployment worker");
        assertThat(demo.namespace()).isEqualTo("demo");
        assertThat(demo.objects()).allSatisfy(o -> assertThat(o.getMetadata().getNamespace()).isNull());
    }

    @Test
    void everyObjectCarriesTheEnvironmentLabelsAndServiceObjectsTheirService() {
        for (HasMetadata object : demo.objects()) {
            assertThat(object.getMetadata().getLabels()).as(object.getKind() + " " + object.getMetadata().getName())
                    .containsEntry("ccp", "true").containsEntry("ccp-environment", "demo");
        }
        assertThat(demo.find("Job", "web-canary-web-db-sync").orElseThrow().getMetadata().getLabels())
                .containsEntry("app", "web-canary").containsEntry("ccp-component", "demo");
        assertThat(demo.find("ConfigMap", "globals").orElseThrow().getMetadata().getLabels())
                .doesNotContainKeys("app", "ccp-component");
    }

    @Test
    void jobPodsAreNotSelectedByTheirServicesAppLabel() {
        for (Job job : demo.ofType(Job.class)) {
            assertThat(job.getSpec().getTemplate().getMetadata().getLabels()).doesNotContainKey("app")
                    .containsEntry("ccp-component", "demo").containsEntry("ccp-environment", "demo");
        }
    }

    @Test
    void anAliasGetsObjectsOfItsOwnButSharesTheDefinitionsSecrets() {
        ConfigMap role = (ConfigMap) demo.find("ConfigMap", "web-canary-role").orElseThrow();

        assertThat(role.getData().get("web")).contains("\"name\": \"web-canary/web\"")
                .contains("\"dependencies\": [\"web-canary/web-db-sync\", \"cache/cache:local\"]");
        assertThat(demo.find("Deployment", "web-canary").orElseThrow().getMetadata().getLabels())
                .containsEntry("app", "web-canary").containsEntry("ccp-component", "demo");
        assertThat(demo.objects()).filteredOn(o -> "web-tls".equals(o.getMetadata().getName())).singleElement()
                .satisfies(secret -> assertThat(secret.getMetadata().getLabels()).containsEntry("app", "web"));
    }

    @Test
    void theMetaOfAHostNetworkServiceSaysSo() {
        ConfigMap meta = (ConfigMap) demo.find("ConfigMap", "cache-meta").orElseThrow();

        assertThat(meta.getData()).containsExactly(
                Map.entry("meta", "{\"host-net\": true, \"service-name\": \"cache\"}"));
    }

    @Test
    void withoutIngressThereAreNoIngressObjects(@TempDir Path dir) {
        RenderedEnvironment environment = FixtureCopy.of(Demo.DIRECTORY, dir)
                .replace("config.yaml", "    enabled: true\n", "    enabled: false\n").render();

        assertThat(environment.ofType(Ingress.class)).isEmpty();
        assertThat(environment.find("Service", "ports")).isPresent();
    }

    @Test
    void withoutRegistryCredentialsOrPullPolicyNothingReferencesThem(@TempDir Path dir) {
        RenderedEnvironment environment = FixtureCopy.of(Demo.DIRECTORY, dir)
                .replace("config.yaml", "registry:\n  address: registry.local:5000\n  username: ci\n  password: s3cret\n", "")
                .replace("config.yaml", "  image_pull_policy: IfNotPresent\n", "").render();

        assertThat(environment.find("Secret", "registry-key")).isEmpty();
        List<PodSpec> pods = environment.objects().stream().flatMap(o -> Workloads.podTemplate(o).stream())
                .map(template -> template.getSpec()).toList();
        assertThat(pods).hasSize(10).allSatisfy(pod -> {
            assertThat(pod.getImagePullSecrets()).isEmpty();
            assertThat(pod.getContainers()).allSatisfy(c -> assertThat(c.getImagePullPolicy()).isNull());
        });
        PodSpec web = Workloads.podTemplate(environment.find("Deployment", "web").orElseThrow()).orElseThrow().getSpec();
        assertThat(web.getContainers()).extracting(c -> c.getImage())
                .containsExactly("ccp/web:ocata", "upstream/nginx:1.25");
    }
}
