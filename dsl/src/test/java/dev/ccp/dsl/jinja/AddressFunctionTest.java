package dev.ccp.dsl.jinja;

import static dev.ccp.dsl.jinja.Templates.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code address(service, port=None, external=False, with_scheme=False)}, REFERENCE 2.7. */
class AddressFunctionTest {

    private static final String CALL =
            "{{ address('service', port, external=external, with_scheme=with_scheme) }}";

    private static Map<String, Object> variables(boolean ingress) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("namespace", "ccp");
        variables.put("cluster_domain", "cluster.local");
        variables.put("k8s_external_ip", "1.1.1.1");
        variables.put("ingress", map("enabled", ingress, "domain", "external", "port", 8443));
        return variables;
    }

    /** The expected-values table of REFERENCE 2.7. */
    static Stream<Arguments> referenceTable() {
        return Stream.of(
                arguments(false, null, false, false, "service.ccp.svc.cluster.local"),
                arguments(false, map("cont", 1234), false, false, "service.ccp.svc.cluster.local:1234"),
                arguments(false, map("cont", 1234, "ingress", "test", "node", 30000), true, false, "1.1.1.1:30000"),
                arguments(false, map("cont", 1234, "ingress", "test"), true, false, "service.ccp.svc.cluster.local:1234"),
                arguments(true, map("cont", 1234, "ingress", "test"), true, false, "test.external:8443"),
                arguments(true, map("cont", 1234, "node", 30000), true, false, "1.1.1.1:30000"),
                arguments(true, map("cont", 1234), true, false, "service.ccp.svc.cluster.local:1234"),
                arguments(false, null, false, true, "http://service.ccp.svc.cluster.local"),
                arguments(true, map("cont", 1234, "ingress", "test"), true, true, "https://test.external:8443"));
    }

    @ParameterizedTest(name = "ingress={0} port={1} external={2} with_scheme={3} -> {4}")
    @MethodSource
    void referenceTable(boolean ingress, Map<String, Object> port, boolean external, boolean withScheme, String expected) {
        Map<String, Object> variables = variables(ingress);
        variables.put("port", port);
        variables.put("external", external);
        variables.put("with_scheme", withScheme);

        assertThat(render(CALL, variables)).isEqualTo(expected);
    }

    @Test
    void tlsOfTheServicePrefixSelectsHttps() {
        Map<String, Object> variables = variables(false);
        variables.put("keystone", map("tls", map("enabled", true)));

        assertThat(render("{{ address('keystone', with_scheme=True) }} {{ address('keystone-db', with_scheme=True) }}"
                + " {{ address('glance', with_scheme=True) }}", variables))
                .isEqualTo("https://keystone.ccp.svc.cluster.local https://keystone-db.ccp.svc.cluster.local"
                        + " http://glance.ccp.svc.cluster.local");
    }

    @Test
    void aServiceAddressingItselfByItsDefinitionNameGetsItsAlias() {
        Map<String, Object> variables = variables(false);
        variables.put("_current_service", "database");
        variables.put("services", map("database", map("service_def", "galera")));

        assertThat(render("{{ address('galera') }} {{ address('keystone') }}", variables))
                .isEqualTo("database.ccp.svc.cluster.local keystone.ccp.svc.cluster.local");
    }

    @Test
    void mappingRepointsAReference() {
        Map<String, Object> variables = variables(false);
        variables.put("_current_service", "keystone");
        variables.put("services", map("keystone", map("service_def", "keystone", "mapping", map("database", "keystone-db"))));

        assertThat(render("{{ address('database', {'cont': 3306}) }}", variables))
                .isEqualTo("keystone-db.ccp.svc.cluster.local:3306");
    }

    @Test
    void theAgentNamesTheCurrentServiceWithServiceName() {
        Map<String, Object> variables = variables(false);
        variables.put("service_name", "keystone");
        variables.put("services", map("keystone", map("mapping", map("database", "keystone-db"))));

        assertThat(render("{{ address('database') }}", variables)).isEqualTo("keystone-db.ccp.svc.cluster.local");
    }

    @Test
    void withoutACurrentServiceNoAliasApplies() {
        Map<String, Object> variables = variables(false);
        variables.put("services", map("keystone", map("mapping", map("database", "keystone-db"))));

        assertThat(render("{{ address('database') }}", variables)).isEqualTo("database.ccp.svc.cluster.local");
    }

    @Test
    void externalNeedsAPort() {
        assertThatThrownBy(() -> render("{{ address('service', external=True) }}", variables(true)))
                .hasMessageContaining("Port config is required for external address");
    }

    @Test
    void unknownKeywordIsAnError() {
        assertThatThrownBy(() -> render("{{ address('service', internal=True) }}", variables(true)))
                .hasMessageContaining("address() got an unexpected keyword argument 'internal'");
    }

    @Test
    void missingNamespaceIsNamed() {
        assertThatThrownBy(() -> render("{{ address('service') }}", Map.of()))
                .hasMessageContaining("address(): variable 'namespace' is not set");
    }

    private static String render(String template, Map<String, ?> variables) {
        return JinjaDialect.standard().render(TemplateSource.of("address.j2", template), variables, RenderOptions.strict());
    }
}
