package dev.ccp.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.dsl.config.KubernetesConfig;
import dev.ccp.dsl.config.Secret;
import io.fabric8.kubernetes.client.Config;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClusterAccessTest {

    @Test
    void configKeysAloneWhenTheServerIsSet() {
        KubernetesConfig settings = new KubernetesConfig(Optional.of("https://10.0.0.1:6443"), "ccp-7", Optional.empty(),
                Optional.of("/etc/ccp/client.key"), Optional.of("/etc/ccp/client.crt"), true, Optional.of("admin"),
                Optional.of(Secret.of("pw")), "cluster.local", Optional.empty(), false);

        Config config = ClusterAccess.config(settings);

        assertThat(config.getMasterUrl()).startsWith("https://10.0.0.1:6443");
        assertThat(config.getNamespace()).isEqualTo("ccp-7");
        assertThat(config.getClientCertFile()).isEqualTo("/etc/ccp/client.crt");
        assertThat(config.getClientKeyFile()).isEqualTo("/etc/ccp/client.key");
        assertThat(config.isTrustCerts()).isTrue();
        assertThat(config.getUsername()).isEqualTo("admin");
        assertThat(config.getPassword()).isEqualTo("pw");
        assertThat(config.getRequestRetryBackoffLimit()).isZero();
    }

    @Test
    void aCaCertificateWinsOverInsecure() {
        KubernetesConfig settings = new KubernetesConfig(Optional.of("https://10.0.0.1:6443"), "ccp", Optional.of("/etc/ca.crt"),
                Optional.empty(), Optional.empty(), true, Optional.empty(), Optional.empty(), "cluster.local",
                Optional.empty(), false);

        Config config = ClusterAccess.config(settings);

        assertThat(config.getCaCertFile()).isEqualTo("/etc/ca.crt");
        assertThat(config.isTrustCerts()).isFalse();
        assertThat(config.getClientCertFile()).isNull();
    }
}
