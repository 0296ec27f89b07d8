package dev.ccp.dsl.jinja;

import static dev.ccp.dsl.jinja.Templates.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whole templates written the way CCP writes them (REFERENCE 9.4), with the output Jinja2
 * gives: the YAML-comment trick, a printed mapping, keyword arguments, a Dockerfile.
 */
class CcpTemplatesTest {

    private static final String SERVICE = String.join("\n",
            "dsl_version: 0.8.0",
            "service:",
            "  name: keystone",
            "  ports:",
            "    - {{ keystone.public_port }}",
            "  containers:",
            "    - name: keystone",
            "      daemon:",
            "        command: keystone-all",
            "        files:",
            "          - keystone-conf",
            "# {% if keystone.tls.enabled %}",
            "          - keystone-tls",
            "# {% endif %}",
            "      env:",
            "        - name: URL",
            "          value: \"{{ address('keystone', keystone.public_port, external=True, with_scheme=True) }}\"",
            "        - name: DEBUG",
            "          value: \"{{ keystone.debug }}\"",
            "");

    private static Map<String, Object> configs(boolean tls) {
        Map<String, Object> configs = new LinkedHashMap<>();
        configs.put("namespace", "ccp");
        configs.put("cluster_domain", "cluster.local");
        configs.put("k8s_external_ip", "10.0.0.1");
        configs.put("ingress", map("enabled", false, "domain", "external", "port", 8443));
        configs.put("keystone", map("debug", false, "tls", map("enabled", tls),
                "public_port", map("cont", 5000, "node", 31000)));
        return configs;
    }

    @Test
    void serviceDefinitionWithoutTls() {
        String output = JinjaDialect.standard().render(TemplateSource.of("service/keystone.yaml", SERVICE), configs(false),
                RenderOptions.strict());

        assertThat(output).isEqualTo(String.join("\n",
                "dsl_version: 0.8.0",
                "service:",
                "  name: keystone",
                "  ports:",
                "    - {\"cont\": 5000, \"node\": 31000}",
                "  containers:",
                "    - name: keystone",
                "      daemon:",
                "        command: keystone-all",
                "        files:",
                "          - keystone-conf",
                "# ",
                "      env:",
                "        - name: URL",
                "          value: \"http://10.0.0.1:31000\"",
                "        - name: DEBUG",
                "          value: \"False\""));
    }

    @Test
    void serviceDefinitionWithTls() {
        String output = JinjaDialect.standard().render(TemplateSource.of("service/keystone.yaml", SERVICE), configs(true),
                RenderOptions.strict());

        assertThat(output).contains("          - keystone-conf\n# \n          - keystone-tls\n# \n      env:")
                .contains("value: \"https://10.0.0.1:31000\"");
    }

    @Test
    void dockerfileWithBuilderFunctions() {
        String dockerfile = String.join("\n",
                "FROM {{ image_spec('openstack-base') }}",
                "{{ copy_sources('openstack/keystone', '/keystone') }}",
                "RUN pip install --index-url {{ url.pip }} --trusted-host {{ url.pip | host }} /keystone",
                "");
        RenderOptions options = RenderOptions.strict()
                .withFunction("image_spec", (args, kwargs) -> "registry:5000/ccp/" + args.get(0) + ":latest")
                .withFunction("copy_sources", (args, kwargs) -> "COPY " + args.get(0) + " " + args.get(1));

        String output = JinjaDialect.standard().render(TemplateSource.of("docker/keystone/Dockerfile.j2", dockerfile),
                Map.of("url", map("pip", "http://pypi.local:3141/root/pypi")), options);

        assertThat(output).isEqualTo(String.join("\n",
                "FROM registry:5000/ccp/openstack-base:latest",
                "COPY openstack/keystone /keystone",
                "RUN pip install --index-url http://pypi.local:3141/root/pypi --trusted-host pypi.local:3141 /keystone"));
    }
}
