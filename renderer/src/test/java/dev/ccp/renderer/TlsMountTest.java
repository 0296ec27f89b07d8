package dev.ccp.renderer;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The environment's TLS Secret in the pods (REFERENCE 8.1, 8.3, 8.5: the agent, the OpenStack
 * clients and etcd read {@code /opt/ccp/etc/tls/ca.pem}; the original's nginx side-cars read
 * {@code server-cert.pem} and {@code server-key.pem} next to it): referenced, never rendered.
 */
class TlsMountTest {

    @Test
    void withCertificatesEveryContainerMountsTheCaAndServerFilesButNeverTheCaKey() {
        RenderedEnvironment demo = Demo.render();

        List<PodSpec> pods = pods(demo);
        assertThat(pods).hasSize(10).allSatisfy(pod -> {
            Volume tls = pod.getVolumes().stream().filter(v -> "ccp-tls".equals(v.getName())).findFirst().orElseThrow();
            assertThat(tls.getSecret().getSecretName()).isEqualTo("ccp-tls");
            assertThat(tls.getSecret().getOptional()).as("pods wait for the Secret the deploy creates").isNull();
            assertThat(tls.getSecret().getItems()).extracting(KeyToPath::getKey, KeyToPath::getPath).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("ca.crt", "ca.pem"),
                    org.assertj.core.groups.Tuple.tuple("tls.crt", "server-cert.pem"),
                    org.assertj.core.groups.Tuple.tuple("tls.key", "server-key.pem"));
            assertThat(containers(pod)).allSatisfy(container -> assertThat(container.getVolumeMounts())
                    .filteredOn(m -> "ccp-tls".equals(m.getName())).singleElement().satisfies(mount -> {
                        assertThat(mount.getMountPath()).isEqualTo("/opt/ccp/etc/tls");
                        assertThat(mount.getReadOnly()).isTrue();
                    }));
        });
        assertThat(demo.find("Secret", "ccp-tls")).as("no key material in a render").isEmpty();
    }

    @Test
    void withoutCertificatesNoPodReferencesTheSecret(@TempDir Path dir) {
        RenderedEnvironment environment = FixtureCopy.of(Demo.DIRECTORY, dir)
                .replace("config.yaml", "secret_configs:\n", "secret_configs:\n  security:\n    tls:\n"
                        + "      create_certificates: false\n")
                .render();

        assertThat(pods(environment)).hasSize(10).allSatisfy(pod -> {
            assertThat(pod.getVolumes()).extracting(Volume::getName).doesNotContain("ccp-tls");
            assertThat(containers(pod)).allSatisfy(c -> assertThat(c.getVolumeMounts())
                    .noneMatch(m -> m.getMountPath().equals("/opt/ccp/etc/tls")));
        });
    }

    private static List<PodSpec> pods(RenderedEnvironment environment) {
        return environment.objects().stream().flatMap(o -> Workloads.podTemplate(o).stream())
                .map(template -> template.getSpec()).toList();
    }

    private static List<Container> containers(PodSpec pod) {
        return Stream.concat(pod.getInitContainers().stream(), pod.getContainers().stream()).toList();
    }
}
