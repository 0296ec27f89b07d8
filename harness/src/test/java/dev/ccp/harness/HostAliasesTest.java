package dev.ccp.harness;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostAliasesTest {

    @Test
    void everyServiceNameAndStatefulPodNamePointsAtTheNode() {
        var keystone = new ServiceBuilder().withNewMetadata().withName("keystone").endMetadata().build();
        var etcd = new ServiceBuilder().withNewMetadata().withName("etcd").endMetadata().build();
        var etcdSet = new StatefulSetBuilder().withNewMetadata().withName("etcd").endMetadata()
                .withNewSpec().withServiceName("etcd").endSpec().build();
        NodeSettings node = new NodeSettings("smoke", "ns1", "example.org", Path.of("/tmp/x"), 1, 1, List.of());

        List<String> hosts = HostAliases.of(ExportedObjects.of(List.of(keystone, etcd, etcdSet)), node);

        assertThat(hosts).contains("keystone:127.0.0.1", "keystone.ns1:127.0.0.1", "keystone.ns1.svc:127.0.0.1",
                "keystone.ns1.svc.example.org:127.0.0.1", "etcd-0.etcd.ns1.svc.example.org:127.0.0.1");
        assertThat(hosts).hasSize(4 + 4 + 4).isSorted();
    }
}
