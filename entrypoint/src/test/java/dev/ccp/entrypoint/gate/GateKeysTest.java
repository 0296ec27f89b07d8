package dev.ccp.entrypoint.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GateKeysTest {

    private final GateKeys keys = new GateKeys("ccp", "node1");

    @ParameterizedTest
    @CsvSource({
        "keystone/keystone,                /ccp/ccp/status/global/keystone/keystone/ready",
        "nova-libvirt/nova-libvirt:local,  /ccp/ccp/status/node1/nova-libvirt/nova-libvirt/ready",
        "database/galera-checker,          /ccp/ccp/status/global/database/galera-checker/ready",
    })
    void dependenciesWaitOnTheReferenceKeys(String dependency, String key) {
        assertThat(keys.gateFor(dependency)).isEqualTo(new Gate(dependency, key));
    }

    @Test
    void writersSetTheGlobalAndTheNodeKey() {
        assertThat(keys.published("keystone/keystone-db-sync", GateKeys.State.READY)).containsExactly(
                "/ccp/ccp/status/global/keystone/keystone-db-sync/ready",
                "/ccp/ccp/status/node1/keystone/keystone-db-sync/ready");
        assertThat(keys.published("keystone/keystone", GateKeys.State.DONE)).containsExactly(
                "/ccp/ccp/status/global/keystone/keystone/done",
                "/ccp/ccp/status/node1/keystone/keystone/done");
    }

    @Test
    void withoutANodeNameOnlyGlobalKeysExist() {
        GateKeys nodeless = new GateKeys("ccp", null);
        assertThat(nodeless.published("a/b", GateKeys.State.READY)).isEqualTo(List.of("/ccp/ccp/status/global/a/b/ready"));
        assertThatThrownBy(() -> nodeless.gateFor("a/b:local")).hasMessageContaining("CCP_NODE_NAME");
    }
}
