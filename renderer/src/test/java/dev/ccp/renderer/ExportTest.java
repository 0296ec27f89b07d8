package dev.ccp.renderer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.dsl.problem.CcpException;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {

    private static RenderedEnvironment demo;
    private static KubernetesClient client;

    @BeforeAll
    static void render() {
        demo = Demo.render();
        client = new KubernetesClientBuilder().build();
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void writesOneFilePerObjectButTheNamespaceConfigMapsInTheirDirectory(@TempDir Path dir) throws IOException {
        List<Path> written = ObjectExporter.standard().export(demo.objects(), dir.resolve("out"));

        Path out = dir.resolve("out");
        assertThat(written).hasSize(demo.objects().size() - 1)
                .contains(out.resolve("web-deployment.yaml"), out.resolve("web-web-db-sync-job.yaml"),
                        out.resolve("cache-daemonset.yaml"), out.resolve("store-statefulset.yaml"),
                        out.resolve("registry-key-secret.yaml"), out.resolve("ports-ingress.yaml"),
                        out.resolve("configmaps/globals-configmap.yaml"), out.resolve("configmaps/web-role-configmap.yaml"))
                .doesNotContain(out.resolve("demo-namespace.yaml"));
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(written.size());
        }
        try (Stream<Path> configMaps = Files.list(out.resolve("configmaps"))) {
            assertThat(configMaps.count()).isEqualTo(demo.objects().stream()
                    .filter(o -> "ConfigMap".equals(o.getKind())).count());
        }
    }

    @Test
    void exportedFilesHaveNoNamespaceEvenWhenTheObjectHasOne(@TempDir Path dir) throws IOException {
        HasMetadata deployment = client.getKubernetesSerialization()
                .clone(demo.find("Deployment", "web").orElseThrow());
        deployment.getMetadata().setNamespace("demo");

        Path file = ObjectExporter.standard().export(List.of(deployment), dir).get(0);

        assertThat(Files.readString(file)).doesNotContain("namespace:")
                .isEqualTo(ObjectExporter.standard().toYaml(demo.find("Deployment", "web").orElseThrow()));
    }

    @Test
    void everyExportedFileLoadsBackIntoAnEqualObject(@TempDir Path dir) throws IOException {
        List<Path> written = ObjectExporter.standard().export(demo.objects(), dir);

        List<HasMetadata> exported = demo.withoutNamespace();
        assertThat(written).hasSameSizeAs(exported);
        for (int i = 0; i < written.size(); i++) {
            KubernetesResource loaded = client.getKubernetesSerialization().unmarshal(Files.readString(written.get(i)));
            assertThat(loaded).as(written.get(i).toString()).isEqualTo(exported.get(i));
        }
    }

    @Test
    void theYamlStreamLoadsBackThroughTheClientInOrder() {
        String stream = ObjectExporter.standard().toYamlStream(demo.objects());

        List<HasMetadata> loaded = client.load(new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)))
                .items();

        assertThat(loaded).isEqualTo(demo.objects());
        assertThat(stream).startsWith("apiVersion: v1\nkind: Namespace\n").contains("\n---\napiVersion: v1\n")
                .doesNotStartWith("---");
    }

    @Test
    void twoRendersExportTheSameBytes(@TempDir Path dir) throws IOException {
        List<Path> first = ObjectExporter.standard().export(Demo.render().objects(), dir.resolve("first"));
        List<Path> second = ObjectExporter.standard().export(Demo.render().objects(), dir.resolve("second"));

        assertThat(second).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            assertThat(dir.resolve("second").relativize(second.get(i)))
                    .isEqualTo(dir.resolve("first").relativize(first.get(i)));
            assertThat(Files.readAllBytes(second.get(i))).isEqualTo(Files.readAllBytes(first.get(i)));
        }
    }

    @Test
    void anEarlierExportIsNotMixedWithANewOne(@TempDir Path dir) {
        ObjectExporter.standard().export(demo.objects(), dir);

        assertThatThrownBy(() -> ObjectExporter.standard().export(demo.objects(), dir))
                .isInstanceOf(CcpException.class)
                .hasMessage("cannot export to " + dir + ": " + dir.resolve("configmaps")
                        + " already exists (choose an empty directory)");
    }

    @Test
    void fileNamesAreNameDashKindLowerCased() {
        assertThat(ObjectExporter.fileName(demo.find("StatefulSet", "store").orElseThrow()))
                .isEqualTo("store-statefulset.yaml");
        assertThat(ObjectExporter.fileName(demo.find("ConfigMap", "web-canary-role").orElseThrow()))
                .isEqualTo("web-canary-role-configmap.yaml");
    }
}
