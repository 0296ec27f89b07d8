package dev.ccp.renderer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.dsl.cloud.Cloud;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code configs.proxy.*} reaches every container as HTTP_PROXY, HTTPS_PROXY and NO_PROXY. */
class ProxyVariablesTest {

    @TempDir
    Path dir;

    @Test
    void proxiesFromTheConfigAreInEveryContainerOfEveryPod() throws IOException {
        Path config = dir.resolve("ccp.yaml");
        Files.writeString(config, String.join("\n", "!include",
                "- " + Example.ROOT.resolve("etc/topology-example.yaml"), "---",
                "configs:", "  proxy:", "    http: http://proxy.example:3128", "    https: http://proxy.example:3129",
                "    no_proxy: [localhost, 10.0.0.0/8]", ""));
        List<Container> containers = containers(render(Example.load(config)));

        assertThat(containers).isNotEmpty().allSatisfy(container -> assertThat(variables(container))
                .containsEntry("HTTP_PROXY", "http://proxy.example:3128")
                .containsEntry("HTTPS_PROXY", "http://proxy.example:3129")
                .containsEntry("NO_PROXY", "localhost,10.0.0.0/8"));
    }

    @Test
    void withoutProxyKeysNoContainerGetsAProxyVariable() {
        assertThat(containers(Example.render())).isNotEmpty().allSatisfy(container -> assertThat(variables(container))
                .doesNotContainKeys("HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY"));
    }

    @Test
    void onlyTheKeysThatAreSetBecomeVariables() {
        ProxyVariables proxies = ProxyVariables.from(Map.of("proxy", Map.of("https", "http://p:1", "http", "")));
        assertThat(proxies.variables()).containsExactly(Map.entry("HTTPS_PROXY", "http://p:1"));
        assertThat(ProxyVariables.from(Map.of()).variables()).isEmpty();
    }

    private static RenderedEnvironment render(Cloud cloud) {
        return EnvironmentRenderer.standard().render(RenderRequest.of(cloud.config(), cloud.services(), Example.topology(cloud)));
    }

    private static List<Container> containers(RenderedEnvironment environment) {
        return environment.objects().stream().map(ProxyVariablesTest::podSpec).flatMap(Optional::stream)
                .flatMap(spec -> Stream.concat(
                        spec.getInitContainers() == null ? Stream.empty() : spec.getInitContainers().stream(),
                        spec.getContainers().stream()))
                .toList();
    }

    private static Optional<PodSpec> podSpec(HasMetadata object) {
        if (object instanceof Deployment d) {
            return Optional.of(d.getSpec().getTemplate().getSpec());
        }
        if (object instanceof DaemonSet d) {
            return Optional.of(d.getSpec().getTemplate().getSpec());
        }
        if (object instanceof StatefulSet s) {
            return Optional.of(s.getSpec().getTemplate().getSpec());
        }
        if (object instanceof Job j) {
            return Optional.of(j.getSpec().getTemplate().getSpec());
        }
        return Optional.empty();
    }

    private static Map<String, String> variables(Container container) {
        return container.getEnv().stream().filter(v -> v.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(EnvVar::getName, EnvVar::getValue, (a, b) -> b));
    }
}
