package dev.ccp.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.dsl.service.DefinitionParser;
import dev.ccp.dsl.service.RawDefinition;
import dev.ccp.dsl.service.ServiceDefinition;
import dev.ccp.dsl.yaml.YamlDocuments;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DaemonSetsTest {

    @Test
    void onlyServicesOfKindDaemonSetAreListed() {
        Map<String, ServiceDefinition> definitions = Map.of(
                "nova-compute", definition("nova-compute", "DaemonSet"),
                "keystone", definition("keystone", "Deployment"),
                "database", definition("database", "StatefulSet"),
                "libvirtd", definition("libvirtd", "DaemonSet"));

        assertThat(TopologyBuilder.daemonSets(definitions)).containsExactly("libvirtd", "nova-compute");
    }

    private static ServiceDefinition definition(String service, String kind) {
        String text = "dsl_version: 0.9.0\nservice:\n  name: " + service + "\n  kind: " + kind
                + "\n  containers:\n    - name: " + service + "\n      image: " + service
                + "\n      daemon:\n        command: run\n";
        Object document = YamlDocuments.parseSingle(text, service + ".yaml", false);
        return new DefinitionParser().parse(RawDefinition.base("test", service + ".yaml", document));
    }
}
