package dev.ccp.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.net.http.HttpClient;
import org.junit.jupiter.api.Test;

class ClosingJdkHttpClientFactoryTest {

    private static KubernetesClient client(ClosingJdkHttpClientFactory factory) {
        return new KubernetesClientBuilder().withHttpClientFactory(factory)
                .withConfig(new ConfigBuilder().withMasterUrl("http://127.0.0.1:1/").build()).build();
    }

    @Test
    void theKubernetesClientTalksThroughTheJdkClientTheFactoryBuiltAndClosingItLetsGo() {
        ClosingJdkHttpClientFactory factory = new ClosingJdkHttpClientFactory();

        KubernetesClient client = client(factory);
        assertThat(factory.openClients()).hasSize(1);
        client.close();

        assertThat(factory.openClients()).isEmpty();
    }

    @Test
    void closingTheKubernetesClientTerminatesTheJdkClientWhereTheJdkCan() throws Exception {
        assumeThat(Runtime.version().feature()).as("HttpClient can be closed from JDK 21 on").isGreaterThanOrEqualTo(21);
        ClosingJdkHttpClientFactory factory = new ClosingJdkHttpClientFactory();
        KubernetesClient client = client(factory);
        HttpClient jdkClient = factory.openClients().get(0);

        client.close();

        assertThat(HttpClient.class.getMethod("isTerminated").invoke(jdkClient)).isEqualTo(true);
    }

    @Test
    void aDerivedClientSharesTheJdkClientOfItsParent() {
        ClosingJdkHttpClientFactory factory = new ClosingJdkHttpClientFactory();
        try (KubernetesClient client = client(factory)) {
            client.getHttpClient().newBuilder().build();

            assertThat(factory.openClients()).hasSize(1);
        }
    }
}
