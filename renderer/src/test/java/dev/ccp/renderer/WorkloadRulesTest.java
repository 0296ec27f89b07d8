package dev.ccp.renderer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.dsl.service.AntiAffinity;
import dev.ccp.dsl.service.Command;
import dev.ccp.dsl.service.CommandType;
import dev.ccp.dsl.service.Container;
import dev.ccp.dsl.service.Service;
import dev.ccp.dsl.service.ServiceKind;
import dev.ccp.dsl.service.Strategy;
import io.fabric8.kubernetes.api.model.PodAffinityTerm;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** REFERENCE 4.3: the strategy and anti-affinity rules, table-driven. */
class WorkloadRulesTest {

    @ParameterizedTest(name = "strategy {0}, hostNetwork {1}, antiAffinity {2}: {3} {4}/{5}")
    @CsvSource(nullValues = "-", value = {
        "-,              false, -,      RollingUpdate, 1, 0",
        "ROLLING_UPDATE, false, -,      RollingUpdate, 1, 0",
        "-,              true,  -,      RollingUpdate, 0, 50%",
        "-,              false, LOCAL,  RollingUpdate, 0, 50%",
        "-,              false, GLOBAL, RollingUpdate, 0, 50%",
        "RECREATE,       true,  LOCAL,  Recreate,      -, -",
    })
    void deploymentStrategy(Strategy strategy, boolean hostNetwork, AntiAffinity antiAffinity, String type,
            String maxSurge, String maxUnavailable) {
        DeploymentStrategy rendered = Workloads.strategy(service(ServiceKind.DEPLOYMENT, strategy, hostNetwork,
                antiAffinity));

        assertThat(rendered.getType()).isEqualTo(type);
        if (maxSurge == null) {
            assertThat(rendered.getRollingUpdate()).isNull();
        } else {
            assertThat(String.valueOf(rendered.getRollingUpdate().getMaxSurge().getValue())).isEqualTo(maxSurge);
            assertThat(String.valueOf(rendered.getRollingUpdate().getMaxUnavailable().getValue()))
                    .isEqualTo(maxUnavailable);
        }
    }

    @ParameterizedTest(name = "{0}, hostNetwork {1}, antiAffinity {2}: {3}")
    @CsvSource(nullValues = "-", value = {
        "DEPLOYMENT,   false, -,      none",
        "STATEFUL_SET, false, -,      none",
        "DEPLOYMENT,   false, LOCAL,  namespace",
        "DAEMON_SET,   false, -,      namespace",
        "DAEMON_SET,   false, LOCAL,  namespace",
        "DEPLOYMENT,   false, GLOBAL, cluster",
        "DEPLOYMENT,   true,  -,      cluster",
        "DAEMON_SET,   true,  LOCAL,  cluster",
    })
    void podAntiAffinity(ServiceKind kind, boolean hostNetwork, AntiAffinity antiAffinity, String scope) {
        Optional<PodAffinityTerm> term = Affinities.antiAffinity(service(kind, null, hostNetwork, antiAffinity), "ns");

        switch (scope) {
            case "none" -> assertThat(term).isEmpty();
            case "namespace" -> assertThat(term).hasValueSatisfying(t -> {
                assertThat(t.getNamespaces()).containsExactly("ns");
                assertThat(t.getNamespaceSelector()).isNull();
            });
            default -> assertThat(term).hasValueSatisfying(t -> {
                assertThat(t.getNamespaces()).isEmpty();
                assertThat(t.getNamespaceSelector().getMatchLabels()).isEmpty();
                assertThat(t.getNamespaceSelector().getMatchExpressions()).isEmpty();
            });
        }
        term.ifPresent(t -> {
            assertThat(t.getTopologyKey()).isEqualTo("kubernetes.io/hostname");
            assertThat(t.getLabelSelector().getMatchLabels()).containsExactly(Map.entry("app", "svc"));
        });
    }

    private static Service service(ServiceKind kind, Strategy strategy, boolean hostNetwork, AntiAffinity anti) {
        Container container = new Container("c", "image", false, null, null, List.of(), List.of(),
                new Command(null, CommandType.LOCAL, null, "run", List.of(), List.of(), List.of(), null), List.of(),
                List.of());
        return new Service("svc", kind, List.of(), null, false, hostNetwork, false, strategy, anti, List.of(container));
    }
}
