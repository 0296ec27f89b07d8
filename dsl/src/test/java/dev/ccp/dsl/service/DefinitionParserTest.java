package dev.ccp.dsl.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.dsl.service.validation.DefinitionValidator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefinitionParserTest {

    private static final String KEYSTONE = """
            dsl_version: 0.9.0
            service:
              name: keystone
              ports:
                - cont: 5000
                  ingress: identity
                - cont: "35357"
                  node: "33333"
              annotations:
                service: {prometheus.io/scrape: "true"}
              containers:
                - name: keystone
                  image: keystone
                  probes:
                    readiness: {type: httpGet, port: 35357, path: /, scheme: https}
                    liveness: {type: exec, command: alive.sh, timeout: 5}
                  lifecycle:
                    preStop: {exec: {command: [apachectl, graceful-stop]}}
                  volumes:
                    - {name: logs, type: host, path: /var/log/keystone}
                    - {name: cache, type: empty-dir, path: /cache, mount-path: /var/cache, readOnly: true}
                  env:
                    - {name: A, value: x}
                  pre:
                    - {name: keystone-db-create, type: single, image: client, command: db.sh, dependencies: [database]}
                    - {name: prepare, command: prepare.sh}
                  daemon:
                    command: keystone-all
                    dependencies: [memcached]
                    files: [keystone-conf]
                    secrets: [fernet]
                    user: keystone
                  post:
                    - {name: keystone-create-domain, type: single, command: domain.sh}
            files:
              keystone-conf: {path: /etc/keystone/keystone.conf, content: keystone.conf.j2, perm: "0600", user: keystone}
            secrets:
              fernet:
                path: /etc/keystone/fernet-keys
                secret:
                  secretName: keystone-fernet
                  defaultMode: "0400"
                  items: [{key: "0", path: "0", mode: "0440"}]
            """;

    @Test
    void theFixtureIsValid() {
        assertThat(new DefinitionValidator().validate(TestDefinitions.raw(KEYSTONE))).isEmpty();
    }

    @Test
    void parsesTheServiceBlock() {
        ServiceDefinition definition = TestDefinitions.parsed(KEYSTONE);
        Service service = definition.service();

        assertThat(definition.component()).isEqualTo("test");
        assertThat(definition.file()).isEqualTo("keystone.yaml");
        assertThat(definition.dslVersion()).isEqualTo("0.9.0");
        assertThat(definition.name()).isEqualTo("keystone");
        assertThat(service.kind()).isEqualTo(ServiceKind.DEPLOYMENT);
        assertThat(service.ports()).containsExactly(new Port(5000, null, "identity"), new Port(35357, 33333, null));
        assertThat(service.annotations().service()).isEqualTo(Map.of("prometheus.io/scrape", "true"));
        assertThat(service.annotations().pod()).isEmpty();
        assertThat(service.strategy()).isNull();
        assertThat(service.antiAffinity()).isNull();
        assertThat(service.isHeadless()).isFalse();
        assertThat(service.hostNetwork()).isFalse();
    }

    @Test
    void parsesContainersAndCommands() {
        Container keystone = TestDefinitions.parsed(KEYSTONE).service().containers().get(0);

        assertThat(keystone.probes().readiness())
                .isEqualTo(new Probe(ProbeType.HTTP_GET, null, 35357, "/", "https", null, null));
        assertThat(keystone.probes().liveness()).isEqualTo(new Probe(ProbeType.EXEC, "alive.sh", null, null, null, null, 5));
        assertThat(keystone.lifecycle()).containsKey("preStop");
        assertThat(keystone.volumes()).containsExactly(
                new Volume("logs", VolumeType.HOST, "/var/log/keystone", null, false),
                new Volume("cache", VolumeType.EMPTY_DIR, "/cache", "/var/cache", true));
        assertThat(keystone.volumes().get(1).effectiveMountPath()).isEqualTo("/var/cache");
        assertThat(keystone.env()).containsExactly(new EnvVar("A", "x", Map.of()));
        assertThat(keystone.preJobs()).extracting(Command::name).containsExactly("keystone-db-create");
        assertThat(keystone.pre().get(0)).isEqualTo(new Command("keystone-db-create", CommandType.SINGLE, "client",
                "db.sh", List.of("database"), List.of(), List.of(), null));
        assertThat(keystone.pre().get(1).type()).isEqualTo(CommandType.LOCAL);
        assertThat(keystone.daemon()).isEqualTo(new Command(null, CommandType.LOCAL, null, "keystone-all",
                List.of("memcached"), List.of("keystone-conf"), List.of("fernet"), "keystone"));
        assertThat(keystone.postJobs()).extracting(Command::name).containsExactly("keystone-create-domain");
    }

    @Test
    void parsesFilesAndSecretsWithOctalPermissions() {
        ServiceDefinition definition = TestDefinitions.parsed(KEYSTONE);

        assertThat(definition.files()).containsExactly(Map.entry("keystone-conf",
                new FileSpec("/etc/keystone/keystone.conf", "keystone.conf.j2", "0600", "keystone")));
        SecretSpec fernet = definition.secrets().get("fernet");
        assertThat(fernet.path()).isEqualTo("/etc/keystone/fernet-keys");
        assertThat(fernet.type()).isNull();
        assertThat(fernet.secret()).isEqualTo(new SecretVolume("keystone-fernet", 0400,
                List.of(new SecretItem("0", "0", 0440))));
    }

    @Test
    void readinessCommandStringStaysAString() {
        ServiceDefinition definition = TestDefinitions.parsed("""
                dsl_version: 0.9.0
                service:
                  name: s
                  kind: StatefulSet
                  containers:
                    - name: c
                      image: c
                      probes: {readiness: check.sh}
                      daemon: {command: run}
                """);
        Probe readiness = definition.service().containers().get(0).probes().readiness();

        assertThat(readiness.type()).isEqualTo(ProbeType.COMMAND);
        assertThat(readiness.toDslValue()).isEqualTo("check.sh");
        assertThat(definition.service().isHeadless()).isTrue();
    }

    @Test
    void probeMappingKeepsOnlyTheKeysWritten() {
        Probe probe = new Probe(ProbeType.HTTP_GET, null, 8080, "/readiness", null, null, 30);

        assertThat(probe.toDslValue()).isEqualTo(Map.of("type", "httpGet", "port", 8080, "path", "/readiness",
                "timeout", 30));
    }
}
