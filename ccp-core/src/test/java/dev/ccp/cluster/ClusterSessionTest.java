package dev.ccp.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.cluster.training.TrainingCluster;
import dev.ccp.dsl.config.KubernetesConfig;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterSessionTest {

    private static KubernetesConfig settings(String server, Optional<String> caCert) {
        return new KubernetesConfig(Optional.of(server), "ccp", caCert, Optional.empty(), Optional.empty(), false,
                Optional.empty(), Optional.empty(), "cluster.local", Optional.empty(), false);
    }

    @Test
    void theClusterAndThePreflightTalkThroughTheSessionsClient() throws Exception {
        try (TrainingCluster server = TrainingCluster.start(List.of("node1"));
                ClusterSession session = ClusterSession.open(settings(server.url(), Optional.empty()))) {
            assertThat(session.cluster().nodeNames()).containsExactly("node1");
            assertThat(session.cluster().describe()).startsWith(server.url());
        }
    }

    @Test
    void aClientThatCannotBeBuiltFailsEveryCallAndLeavesNothingToClose(@TempDir Path dir) {
        String missing = dir.resolve("no-such-ca.crt").toString();
        ClusterSession session = ClusterSession.open(settings("https://127.0.0.1:1", Optional.of(missing)));

        assertThatThrownBy(() -> session.cluster().nodeNames()).isInstanceOf(KubernetesClientException.class);
        assertThatThrownBy(() -> session.cluster().describe()).isInstanceOf(KubernetesClientException.class);
        assertThatCode(session::close).doesNotThrowAnyException();
    }
}
