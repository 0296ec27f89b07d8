package dev.ccp.cluster.tls;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The names the server certificate covers: what {@code address()} gives for each Service, plus Ingress hosts. */
class SubjectNamesTest {

    @Test
    void everyServiceByEachOfItsNamesHeadlessServicePodsAndIngressHosts() {
        var keystone = new ServiceBuilder().withNewMetadata().withName("keystone").endMetadata()
                .withNewSpec().withType("NodePort").endSpec().build();
        var etcd = new ServiceBuilder().withNewMetadata().withName("etcd").endMetadata()
                .withNewSpec().withClusterIP("None").endSpec().build();
        var ingress = new IngressBuilder().withNewMetadata().withName("keystone").endMetadata().withNewSpec()
                .addNewRule().withHost("identity.external").endRule().addNewRule().endRule().endSpec().build();
        var configMap = new ConfigMapBuilder().withNewMetadata().withName("globals").endMetadata().build();

        assertThat(SubjectNames.of(List.of(keystone, etcd, ingress, configMap), "ccp-1", "cluster.local")).containsExactly(
                "*.etcd.ccp-1.svc.cluster.local", "etcd", "etcd.ccp-1", "etcd.ccp-1.svc", "etcd.ccp-1.svc.cluster.local",
                "identity.external", "keystone", "keystone.ccp-1", "keystone.ccp-1.svc", "keystone.ccp-1.svc.cluster.local");
    }
}
