package dev.ccp.dsl.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.dsl.yaml.ConfigTree;
import dev.ccp.dsl.yaml.YamlFileLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CcpConfigTest {

    @TempDir
    Path dir;

    private CcpConfig config(String userYaml) {
        HostEnvironment host = new HostEnvironment(Path.of("/home/u"), 6, dir);
        ConfigTree user = userYaml.isEmpty() ? ConfigTree.empty()
                : ConfigMerger.merge(new YamlFileLoader("").load(new TestFiles(dir).write("ccp.yaml", userYaml)));
        ConfigTree merged = ConfigMerger.mergeLayers(GlobalDefaults.load(host), List.of(), user);
        assertThat(ConfigValidator.validate(merged)).isEmpty();
        return CcpConfig.from(merged);
    }

    @Test
    void defaultsAsTyped() {
        CcpConfig config = config("");
        assertThat(config.debug()).isFalse();
        assertThat(config.verboseLevel()).isEqualTo(1);
        assertThat(config.logFile()).isEmpty();
        assertThat(config.defaultLogLevels()).hasSize(7).startsWith("glanceclient=INFO").endsWith("urllib3=WARN");
        assertThat(config.builder()).isEqualTo(new BuilderConfig(6, true, true, false, false, "unix://var/run/docker.sock"));
        assertThat(config.repositories()).isEqualTo(new RepositoriesConfig(Path.of("/home/u/ccp-repos"), List.of(), true, 6,
                true, "fuel-ccp-entrypoint"));
        assertThat(config.images()).isEqualTo(new ImagesConfig("ccp", "latest", "debian", "bookworm", List.of("base"),
                "MOS Microservices <mos-microservices@mirantis.com>", Map.of()));
        assertThat(config.registry()).isEqualTo(new RegistryConfig("", false, "", Secret.of(""), 300));
        assertThat(config.registry().hasCredentials()).isFalse();
        assertThat(config.kubernetes()).isEqualTo(new KubernetesConfig(Optional.empty(), "ccp", Optional.empty(),
                Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(), "cluster.local",
                Optional.empty(), false));
        assertThat(config.action()).isEqualTo(new ActionConfig(Optional.empty(), Optional.empty(), false, Optional.empty(),
                Optional.empty(), false, List.of()));
        assertThat(config.configs()).containsEntry("private_interface", "eth0").containsEntry("k8s_external_ip", "0.0.0.0");
        assertThat(config.secretConfigs()).isEqualTo(Map.of("security", Map.of("tls", Map.of("create_certificates", true))));
    }

    @Test
    void userValuesAsTyped() {
        CcpConfig config = config("""
                debug: yes
                log_file: /tmp/ccp.log
                repositories:
                  clone: false
                  repos:
                  - name: fuel-ccp-keystone
                    git_url: https://example.org/keystone
                    git_ref: stable/ocata
                  - name: fuel-ccp-nova
                    git_url: https://example.org/nova
                images:
                  image_specs:
                    keystone:
                      tag: newton
                registry:
                  address: 127.0.0.1:31500
                  username: admin
                  password: hunter2
                kubernetes:
                  server: https://10.0.0.1:6443
                  image_pull_policy: Always
                  password: k8s
                action:
                  components: [keystone, nova]
                replicas:
                  keystone: 3
                files:
                  keystone.conf: /etc/custom/keystone.conf.j2
                roles:
                  controller: [keystone, mysql]
                """);
        assertThat(config.debug()).isTrue();
        assertThat(config.logFile()).contains("/tmp/ccp.log");
        assertThat(config.repositories().autoFetch()).isFalse();
        assertThat(config.repositories().repos()).containsExactly(
                new RepositoriesConfig.RepositorySpec("fuel-ccp-keystone", "https://example.org/keystone",
                        Optional.of("stable/ocata")),
                new RepositoriesConfig.RepositorySpec("fuel-ccp-nova", "https://example.org/nova", Optional.empty()));
        assertThat(config.images().imageSpecs())
                .containsExactly(Map.entry("keystone", new ImagesConfig.ImageSpec(Optional.empty(), Optional.of("newton"))));
        assertThat(config.registry().password().reveal()).isEqualTo("hunter2");
        assertThat(config.registry().hasCredentials()).isTrue();
        assertThat(config.registry().toString()).doesNotContain("hunter2").contains("password=***");
        assertThat(config.kubernetes().server()).contains("https://10.0.0.1:6443");
        assertThat(config.kubernetes().imagePullPolicy()).contains("Always");
        assertThat(config.kubernetes().toString()).doesNotContain("k8s]").contains("password=Optional[***]");
        assertThat(config.action().components()).contains(List.of("keystone", "nova"));
        assertThat(config.replicas()).containsExactly(Map.entry("keystone", 3));
        assertThat(config.files()).containsExactly(Map.entry("keystone.conf", "/etc/custom/keystone.conf.j2"));
        assertThat(config.roles()).containsExactly(Map.entry("controller", List.of("keystone", "mysql")));
    }

    @Test
    void renderContextIsConfigsDeepMergedWithSecretConfigs() {
        CcpConfig config = config("""
                configs:
                  db:
                    user: keystone
                    password: placeholder
                secret_configs:
                  db:
                    password: real
                """);
        assertThat(config.toString()).contains("secretConfigs=***").doesNotContain("real");
        Map<String, Object> context = config.renderContext();
        assertThat(context.get("db")).isEqualTo(Map.of("user", "keystone", "password", "real"));
        assertThat(context).containsEntry("namespace", "ccp").containsKey("security").containsKey("ingress");
    }

    @Test
    void valuesCannotBeModified() {
        CcpConfig config = config("");
        assertThatThrownBy(() -> config.configs().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> ingress = (Map<String, Object>) config.configs().get("ingress");
        assertThatThrownBy(() -> ingress.put("port", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> config.defaultLogLevels().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void secretPrintsMasked() {
        Secret secret = Secret.of("hunter2");
        assertThat(secret).hasToString("***");
        assertThat(String.valueOf(List.of(secret))).isEqualTo("[***]");
        assertThat(secret.reveal()).isEqualTo("hunter2");
        assertThat(secret).isEqualTo(Secret.of("hunter2")).isNotEqualTo(Secret.of("other"));
    }
}
