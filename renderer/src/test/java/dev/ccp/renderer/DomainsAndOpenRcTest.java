package dev.ccp.renderer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.dsl.cloud.Cloud;
import dev.ccp.dsl.config.CcpConfig;
import dev.ccp.dsl.problem.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ccp domains list} (REFERENCE 1.11) and the openrc text (REFERENCE 7.7) on the in-tree example. */
class DomainsAndOpenRcTest {

    private static Cloud example;

    @BeforeAll
    static void load() {
        example = Example.load();
    }

    @Test
    void everyIngressPortOfEveryServiceWithTheConfiguredDomain() {
        assertThat(Domains.list(example.services(), example.config().config(), List.of())).containsExactly(
                "image.external", "orchestration.external", "horizon.external", "identity.external",
                "network.external", "compute.external", "placement.external");
    }

    @Test
    void onlyTheGivenComponentsInTheirOrderEvenWithIngressDisabled() {
        assertThat(Domains.list(example.services(), example.config().config(), List.of("nova-api", "memcached",
                "keystone"))).containsExactly("compute.external", "identity.external");
    }

    @Test
    void theDemoDomainIsConfigurable() {
        Cloud demo = Demo.load();

        assertThat(Domains.list(demo.services(), demo.config().config(), List.of("ports", "web")))
                .containsExactly("bar.test", "eggs.test", "web.test");
    }

    @Test
    void unknownComponentsAreNamedTogether() {
        assertThatThrownBy(() -> Domains.list(example.services(), example.config().config(),
                List.of("keystnoe", "keystone", "ghost")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("2 problems:\n  unknown component 'keystnoe' (did you mean 'keystone'?)\n"
                        + "  unknown component 'ghost'");
    }

    @Test
    void openrcForTheExampleUsesKeystonesInternalAddressWithoutIngress() {
        assertThat(OpenRc.content(example.config().config())).isEqualTo("""
                export OS_PROJECT_DOMAIN_NAME=default
                export OS_USER_DOMAIN_NAME=default
                export OS_PROJECT_NAME=admin
                export OS_USERNAME=admin
                export OS_PASSWORD=password
                export OS_IDENTITY_API_VERSION=3
                export OS_AUTH_URL=http://keystone.ccp.svc.cluster.local:5000/v3""");
        assertThat(OpenRc.fileName(example.config().config())).isEqualTo("openrc-ccp");
    }

    @Test
    void withCertificatesTheCaFileIsExportedWhenGiven() {
        String text = OpenRc.content(example.config().config(), Optional.of(Path.of("/work/ca-cert.pem")));

        assertThat(text).endsWith("/v3\nexport OS_CACERT=/work/ca-cert.pem");
        assertThat(OpenRc.caCertificate(example.config().config())).isEmpty();
    }

    @Test
    void withIngressTheAuthUrlIsTheExternalHttpsHostAndTheCaTextIsGiven(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("config.yaml");
        Files.writeString(config, Files.readString(Example.ROOT.resolve("etc/topology-example.yaml"))
                + "configs:\n  ingress:\n    enabled: true\nsecret_configs:\n  security:\n    tls:\n"
                + "      ca_cert: PEM TEXT\n");

        CcpConfig loaded = Example.load(config).config().config();

        assertThat(OpenRc.content(loaded, Optional.of(Path.of("/ca.pem")))).endsWith(
                "\nexport OS_AUTH_URL=https://identity.external:8443/v3\nexport OS_CACERT=/ca.pem");
        assertThat(OpenRc.caCertificate(loaded)).contains("PEM TEXT");
    }

    @Test
    void withoutCertificatesThereIsNoCaFile(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("config.yaml");
        Files.writeString(config, Files.readString(Example.ROOT.resolve("etc/topology-example.yaml"))
                + "secret_configs:\n  security:\n    tls:\n      create_certificates: false\n      ca_cert: PEM\n");

        CcpConfig loaded = Example.load(config).config().config();

        assertThat(OpenRc.content(loaded, Optional.of(Path.of("/ca.pem")))).endsWith("/v3");
        assertThat(OpenRc.caCertificate(loaded)).isEmpty();
    }
}
