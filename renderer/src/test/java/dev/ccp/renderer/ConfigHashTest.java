package dev.ccp.renderer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.dsl.jinja.python.PythonJson;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Volume;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigHashTest {

    private static final List<String> ALL = List.of("Job/web-canary-web-db-sync", "Job/web-canary-web-register",
            "Job/web-web-db-sync", "Job/web-web-register", "DaemonSet/cache", "Deployment/ports", "StatefulSet/store",
            "Deployment/web", "Deployment/web-canary", "Deployment/worker");
    private static final List<String> WEB = List.of("Job/web-web-db-sync", "Job/web-web-register", "Deployment/web");
    private static final List<String> WEB_CANARY = List.of("Job/web-canary-web-db-sync",
            "Job/web-canary-web-register", "Deployment/web-canary");

    private static Map<String, String> baseline;

    @BeforeAll
    static void render() {
        baseline = hashes(Demo.render());
    }

    @Test
    void everyWorkloadAndJobCarriesTheHashAsAnnotationAndVariable() {
        RenderedEnvironment demo = Demo.render();

        assertThat(baseline.keySet()).containsExactlyInAnyOrderElementsOf(ALL);
        for (HasMetadata object : demo.objects()) {
            Workloads.podTemplate(object).ifPresent(template -> {
                String hash = template.getMetadata().getAnnotations().get(CcpMetadata.CONFIG_HASH_ANNOTATION);
                assertThat(hash).matches("[0-9a-f]{64}");
                for (Container container : template.getSpec().getContainers()) {
                    EnvVar last = container.getEnv().get(container.getEnv().size() - 1);
                    assertThat(last.getName()).isEqualTo(CcpMetadata.CONFIG_HASH_VARIABLE);
                    assertThat(last.getValue()).isEqualTo(hash);
                }
            });
        }
    }

    @Test
    void theSameInputsGiveTheSameHashes() {
        assertThat(hashes(Demo.render())).isEqualTo(baseline);
    }

    @Test
    void theHashIsSha256OfTheCanonicalJsonOfTheMountedData() throws Exception {
        RenderedEnvironment demo = Demo.render();
        PodTemplateSpec template = Workloads.podTemplate(demo.find("Deployment", "worker").orElseThrow()).orElseThrow();
        Map<String, Object> mounted = new TreeMap<>();
        for (Volume volume : template.getSpec().getVolumes()) {
            if (volume.getConfigMap() != null) {
                ConfigMap configMap = (ConfigMap) demo.find("ConfigMap", volume.getConfigMap().getName()).orElseThrow();
                mounted.put("ConfigMap/" + configMap.getMetadata().getName(), configMap.getData());
            } else if (volume.getSecret() != null && !TlsSecret.NAME.equals(volume.getSecret().getSecretName())) {
                // The TLS Secret is made by the deploy, not rendered: the hash does not cover it.
                Secret secret = (Secret) demo.find("Secret", volume.getSecret().getSecretName()).orElseThrow();
                mounted.put("Secret/" + secret.getMetadata().getName(), secret.getData());
            }
        }
        assertThat(mounted).containsOnlyKeys("ConfigMap/globals", "Secret/global-secrets", "ConfigMap/worker-role",
                "ConfigMap/worker-meta", "ConfigMap/exports", "ConfigMap/worker-files", "ConfigMap/nodes-config",
                "ConfigMap/worker-service-config");

        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(PythonJson.mapping(mounted).getBytes(StandardCharsets.UTF_8));

        assertThat(baseline.get("Deployment/worker")).isEqualTo(HexFormat.of().formatHex(digest));
    }

    static List<Arguments> changes() {
        return List.of(
                Arguments.of("a file template of web (and of its alias)",
                        change(copy -> copy.append("components/fuel-ccp-demo/service/files/web.ini.j2", "threads = 4\n")),
                        union(WEB, WEB_CANARY)),
                Arguments.of("a file template nobody mounts still changes the files ConfigMap",
                        change(copy -> copy.append("components/fuel-ccp-demo/service/files/unused.txt.j2", "x\n")),
                        union(WEB, WEB_CANARY)),
                Arguments.of("a global config value",
                        change(copy -> copy.replace("config.yaml", "    port: 8080", "    port: 8090")), ALL),
                Arguments.of("a secret config value",
                        change(copy -> copy.replace("config.yaml", "password: hunter2", "password: hunter3")), ALL),
                Arguments.of("an exported macro",
                        change(copy -> copy.replace("components/fuel-ccp-demo/exports/macros.j2", "hello", "hi")), ALL),
                Arguments.of("a node config value",
                        change(copy -> copy.replace("config.yaml", "port: 8081", "port: 8082")), ALL),
                // configs.services (aliases and their configs) is part of the globals every pod reads.
                Arguments.of("the service configs of an alias",
                        change(copy -> copy.replace("config.yaml", "canary: true", "canary: false")), ALL),
                Arguments.of("a definition secret's data",
                        change(copy -> copy.replace("components/fuel-ccp-demo/service/web.yaml", "cert: Q0VSVA==",
                                "cert: Q0VSVDI=")), union(WEB, WEB_CANARY)),
                Arguments.of("a command of one worker",
                        change(copy -> copy.replace("components/fuel-ccp-demo/service/worker.yaml", "command: work",
                                "command: work harder")), List.of("Deployment/worker")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void changingAnInputChangesTheHashOfExactlyThePodsThatReadIt(String what, UnaryOperator<FixtureCopy> change,
            List<String> expectedChanged, @TempDir Path dir) {
        Map<String, String> changed = hashes(change.apply(FixtureCopy.of(Demo.DIRECTORY, dir)).render());

        List<String> different = baseline.keySet().stream().filter(key -> !baseline.get(key).equals(changed.get(key)))
                .sorted().toList();
        assertThat(different).containsExactlyInAnyOrderElementsOf(expectedChanged);
    }

    /** Gives a lambda its type inside {@code Arguments.of}. */
    private static UnaryOperator<FixtureCopy> change(UnaryOperator<FixtureCopy> change) {
        return change;
    }

    private static List<String> union(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    /** {@code <Kind>/<name>} of every workload and Job to its config hash. */
    static Map<String, String> hashes(RenderedEnvironment environment) {
        return environment.objects().stream().filter(o -> Workloads.podTemplate(o).isPresent())
                .collect(Collectors.toMap(o -> o.getKind() + "/" + o.getMetadata().getName(),
                        o -> Workloads.podTemplate(o).orElseThrow().getMetadata().getAnnotations()
                                .get(CcpMetadata.CONFIG_HASH_ANNOTATION), (a, b) -> a, TreeMap::new));
    }
}
