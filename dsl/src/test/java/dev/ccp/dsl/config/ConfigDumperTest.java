package dev.ccp.dsl.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.dsl.yaml.ConfigTree;
import dev.ccp.dsl.yaml.YamlFileLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigDumperTest {

    @TempDir
    Path dir;

    private ConfigTree merged(String userYaml) {
        HostEnvironment host = new HostEnvironment(Path.of("/home/u"), 4, dir);
        ConfigTree user = userYaml.isEmpty() ? ConfigTree.empty()
                : ConfigMerger.merge(new YamlFileLoader("").load(new TestFiles(dir).write("ccp.yaml", userYaml)));
        return ConfigMerger.mergeLayers(GlobalDefaults.load(host), List.of(), user);
    }

    /** REFERENCE 2.1 and 2.5 with our documented differences (base_tag, repos, server, no TLS material). */
    @Test
    void dumpsTheDefaultsSortedInBlockStyle() {
        assertThat(ConfigDumper.dump(merged(""))).isEqualTo("""
                action:
                  auth_url: null
                  components: null
                  dry_run: false
                  export_dir: null
                  skip_os_cleanup: false
                builder:
                  build_base_images_if_not_exist: true
                  docker:
                    base_url: unix://var/run/docker.sock
                  keep_image_tree_consistency: true
                  no_cache: false
                  push: false
                  workers: 4
                configs:
                  cluster_domain: cluster.local
                  ingress:
                    domain: external
                    enabled: false
                    port: 8443
                  k8s_external_ip: 0.0.0.0
                  namespace: ccp
                  private_interface: eth0
                  public_interface: eth1
                  services: {}
                debug: false
                default_log_levels:
                - glanceclient=INFO
                - keystoneauth=INFO
                - neutronclient=INFO
                - novaclient=INFO
                - requests=WARN
                - stevedore=INFO
                - urllib3=WARN
                files: {}
                images:
                  base_distro: debian
                  base_images:
                  - base
                  base_tag: bookworm
                  image_specs: {}
                  maintainer: MOS Microservices <mos-microservices@mirantis.com>
                  namespace: ccp
                  tag: latest
                kubernetes:
                  appcontroller:
                    enabled: false
                  ca_cert: null
                  cert_file: null
                  cluster_domain: cluster.local
                  image_pull_policy: null
                  insecure: false
                  key_file: null
                  namespace: ccp
                  password: null
                  server: null
                  username: null
                log_file: null
                nodes: {}
                registry:
                  address: ''
                  insecure: false
                  password: ''
                  timeout: 300
                  username: ''
                replicas: {}
                repositories:
                  clone: true
                  clone_concurrency: 4
                  entrypoint_repo_name: fuel-ccp-entrypoint
                  path: /home/u/ccp-repos
                  repos: []
                  skip_empty: true
                roles: {}
                secret_configs:
                  security:
                    tls:
                      create_certificates: '***'
                services: {}
                sources: {}
                url: {}
                verbose_level: 1
                versions: {}
                """);
    }

    @Test
    void secretsAreMaskedLeafByLeafAndNeverAppear() {
        ConfigTree tree = merged("""
                registry:
                  username: admin
                  password: hunter2
                kubernetes:
                  password: k8s-pass
                secret_configs:
                  db:
                    password: s3cr3t-db
                    users: [alice-pw, bob-pw]
                    empty: ''
                    nothing: null
                    port: 3306
                  tokens: {}
                configs:
                  db:
                    user: visible
                """);
        for (String text : List.of(ConfigDumper.dump(tree), ConfigDumper.dumpExplained(tree))) {
            assertThat(text).doesNotContain("hunter2", "k8s-pass", "s3cr3t-db", "alice-pw", "bob-pw", "3306")
                    .contains("  username: admin")
                    .contains("    user: visible");
        }
        assertThat(ConfigDumper.dump(tree))
                .contains("registry:\n  address: ''\n  insecure: false\n  password: '***'\n")
                .contains("""
                        secret_configs:
                          db:
                            empty: ''
                            nothing: null
                            password: '***'
                            port: '***'
                            users:
                            - '***'
                            - '***'
                          security:
                            tls:
                              create_certificates: '***'
                          tokens: {}
                        """)
                .contains("  password: '***'\n  server: null\n");
    }

    @Test
    void explainShowsTheOriginOfEveryValueIncludingMaskedOnes() {
        ConfigTree tree = merged("registry:\n  address: 127.0.0.1:31500\n  password: hunter2\n");
        Path file = dir.resolve("ccp.yaml");
        String explained = ConfigDumper.dumpExplained(tree);
        assertThat(explained)
                .contains("  address: 127.0.0.1:31500  # " + file + ":2\n")
                .contains("  password: '***'  # " + file + ":3\n")
                .contains("  timeout: 300  # global defaults\n")
                .contains("  namespace: ccp  # copied from kubernetes.namespace (global defaults)\n")
                .contains("- glanceclient=INFO  # global defaults\n");
        assertThat(explained.lines().filter(line -> line.endsWith(":"))).allMatch(line -> !line.contains("#"));
        Matcher leaf = Pattern.compile("^ *(- )?[^ ].*: .*|^ *- .*").matcher("");
        assertThat(explained.lines().filter(line -> leaf.reset(line).matches())).allMatch(line -> line.contains("  # "));
    }
}
