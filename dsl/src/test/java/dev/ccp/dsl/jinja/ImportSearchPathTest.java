package dev.ccp.dsl.jinja;

import static dev.ccp.dsl.jinja.Templates.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import} and {@code include} resolve through the render's search path: the template's
 * own directory, then {@code exports/} (REFERENCE 7.8, 8.2), as exports are used by container
 * files (REFERENCE 9.5).
 */
class ImportSearchPathTest {

    /** The import header ccp prepends to container files (REFERENCE 7.8). */
    private static final String HEADER = "{% import 'keystone_authtoken.j2' as keystone_authtoken with context %}"
            + "{% import 'oslo_messaging.j2' as oslo_messaging with context %}";

    @TempDir
    Path root;

    private Path files;
    private Path exports;

    @BeforeEach
    void writeExports() throws IOException {
        files = Files.createDirectories(root.resolve("files"));
        exports = Files.createDirectories(root.resolve("exports"));
        Files.writeString(exports.resolve("oslo_messaging.j2"), String.join("\n",
                "{% macro rabbit(cfg_type) -%}",
                "{% if cfg_type == 'rpc_config' -%}",
                "[DEFAULT]",
                "transport_url = rabbit://{{ rabbitmq.user }}@{{ address('rpc', rabbitmq.port) }}/",
                "{%- else -%}",
                "[oslo_messaging_notifications]",
                "transport_url = rabbit://{{ rabbitmq.user }}@{{ address('notifications', rabbitmq.port) }}/",
                "{%- endif %}",
                "{% if rabbitmq.tls.enabled %}",
                "[oslo_messaging_rabbit]",
                "ssl = True",
                "{% endif %}",
                "{%- endmacro %}",
                ""));
        // written with Windows line endings on purpose: they must read as plain newlines
        Files.writeString(exports.resolve("keystone_authtoken.j2"), String.join("\r\n",
                "{% macro keystone_authtoken(username, password) -%}",
                "[keystone_authtoken]",
                "auth_uri = {{ address('keystone', keystone.public_port, with_scheme=True) }}",
                "username = {{ username }}",
                "password = {{ password }}",
                "{% if keystone.cafile is defined %}cafile = {{ keystone.cafile }}{% endif %}",
                "{%- endmacro %}",
                ""));
    }

    private Map<String, Object> variables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("namespace", "ccp");
        variables.put("cluster_domain", "cluster.local");
        variables.put("rabbitmq", map("user", "guest", "port", map("cont", 5672), "tls", map("enabled", false)));
        variables.put("keystone", map("public_port", map("cont", 5000)));
        variables.put("messaging", map("backend", map("rpc", "rabbit")));
        variables.put("user", "nova");
        variables.put("password", "secret");
        return variables;
    }

    private String render(String body, Map<String, Object> variables) {
        RenderOptions options = RenderOptions.lenient().withSearchPath(List.of(files, exports));
        return JinjaDialect.standard().render(TemplateSource.of("files/nova.conf.j2", HEADER + body), variables, options);
    }

    @Test
    void macroPickedBySubscriptOnTheImportedModule() {
        assertThat(render("{{ oslo_messaging[messaging.backend.rpc]('rpc_config') }}\n", variables()))
                .isEqualTo("[DEFAULT]\ntransport_url = rabbit://guest@rpc.ccp.svc.cluster.local:5672/\n");
    }

    @Test
    void macroCalledAsAnAttributeOfTheImportedModule() {
        assertThat(render("{{ keystone_authtoken.keystone_authtoken(user, password) }}\n", variables()))
                .isEqualTo("[keystone_authtoken]\nauth_uri = http://keystone.ccp.svc.cluster.local:5000\n"
                        + "username = nova\npassword = secret\n");
    }

    @Test
    void importedMacrosSeeTheCallersVariables() {
        Map<String, Object> variables = variables();
        variables.put("rabbitmq", map("user", "guest", "port", map("cont", 5672), "tls", map("enabled", true)));

        assertThat(render("{{ oslo_messaging.rabbit('notifications') }}", variables))
                .isEqualTo("[oslo_messaging_notifications]\n"
                        + "transport_url = rabbit://guest@notifications.ccp.svc.cluster.local:5672/\n"
                        + "\n[oslo_messaging_rabbit]\nssl = True\n");
    }

    @Test
    void theTemplatesOwnDirectoryComesFirst() throws IOException {
        Files.writeString(files.resolve("part.j2"), "from files\n");
        Files.writeString(exports.resolve("part.j2"), "from exports\n");
        Files.writeString(exports.resolve("only_in_exports.j2"), "exports only\n");

        assertThat(render("{% include 'part.j2' %}|{% include 'only_in_exports.j2' %}", variables()))
                .isEqualTo("from files|exports only");
    }

    @Test
    void includedTemplatesHaveTheirLineEndingsNormalised() throws IOException {
        Files.writeString(files.resolve("crlf.j2"), "a\r\nb\r\n");

        assertThat(render("[{% include 'crlf.j2' %}]", variables())).isEqualTo("[a\nb]");
    }

    @Test
    void aMissingTemplateNamesTheSearchPath() {
        assertThatThrownBy(() -> render("{% include 'nothere.j2' %}", variables()))
                .isInstanceOf(TemplateRenderException.class)
                .hasMessageContaining("files/nova.conf.j2:1: template 'nothere.j2' not found (searched " + files);
    }

    @Test
    void namesMustStayInsideTheSearchPath() throws IOException {
        Files.writeString(root.resolve("secret.j2"), "secret");

        assertThatThrownBy(() -> render("{% include '../secret.j2' %}", variables()))
                .hasMessageContaining("names must be relative and stay inside the search path");
    }

    @Test
    void anErrorInsideAnExportNamesTheExportAndTheCallingLine() {
        Map<String, Object> variables = variables();
        variables.remove("keystone");
        RenderOptions strict = RenderOptions.strict().withSearchPath(List.of(files, exports));

        assertThatThrownBy(() -> JinjaDialect.standard().render(TemplateSource.of("files/nova.conf.j2",
                HEADER + "\n\n{{ keystone_authtoken.keystone_authtoken(user, password) }}"), variables, strict))
                .hasMessageContaining("files/nova.conf.j2:3: in keystone_authtoken.j2 on line 3: 'keystone' is undefined");
    }
}
