package dev.ccp.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The suite runs against real services: dockerd, the registry on 127.0.0.1:31500 and etcd on
 * 127.0.0.1:2379 (tools/dev-env.sh). If one is missing this fails and says how to start it.
 */
class RequiredServicesIT {

    @Test
    void etcdIsTheDebianThreeFourServer() {
        assertThat(RequiredServices.etcd()).contains("\"etcdserver\":\"3.4");
    }

    @Test
    void registrySpeaksDistributionApiV2() {
        assertThat(RequiredServices.registry()).isEqualTo("registry/2.0");
    }

    @Test
    void dockerdAnswersPing() {
        assertThat(RequiredServices.docker()).matches("1\\.\\d+");
    }
}
