package dev.ccp.renderer;

import dev.ccp.dsl.config.CcpConfig;
import dev.ccp.dsl.jinja.JinjaDialect;
import dev.ccp.dsl.jinja.RenderOptions;
import dev.ccp.dsl.jinja.TemplateSource;
import dev.ccp.dsl.jinja.python.PythonTruth;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The openrc file of an environment with keystone (REFERENCE 7.7): the OpenStack client
 * variables for the admin user, the auth URL being keystone's external address. Text only; the
 * caller decides where to write it.
 */
public final class OpenRc {

    private static final String TEMPLATE = String.join("\n",
            "export OS_PROJECT_DOMAIN_NAME=default",
            "export OS_USER_DOMAIN_NAME=default",
            "export OS_PROJECT_NAME={{ openstack.project_name }}",
            "export OS_USERNAME={{ openstack.user_name }}",
            "export OS_PASSWORD={{ openstack.user_password }}",
            "export OS_IDENTITY_API_VERSION=3",
            "export OS_AUTH_URL={{ address('keystone', keystone.public_port, external=True, with_scheme=True) }}/v3");

    private OpenRc() {
    }

    /** {@code openrc-<namespace>}. */
    public static String fileName(CcpConfig config) {
        return "openrc-" + config.kubernetes().namespace();
    }

    /** The lines joined by newlines, without a trailing newline and without {@code OS_CACERT}. */
    public static String content(CcpConfig config) {
        return content(config, Optional.empty());
    }

    /**
     * The openrc text; when {@code security.tls.create_certificates} is set and
     * {@code caCertFile} is given, {@code export OS_CACERT=<caCertFile>} ends it.
     *
     * @throws dev.ccp.dsl.jinja.TemplateRenderException when {@code openstack.*} or
     *         {@code keystone.public_port} is not configured
     */
    public static String content(CcpConfig config, Optional<Path> caCertFile) {
        Map<String, Object> variables = config.renderContext();
        String text = JinjaDialect.standard().render(TemplateSource.of("openrc", TEMPLATE), variables,
                RenderOptions.strict());
        if (createsCertificates(variables) && caCertFile.isPresent()) {
            text += "\nexport OS_CACERT=" + caCertFile.get();
        }
        return text;
    }

    /** The CA certificate text ({@code security.tls.ca_cert}) to write next to the file, when certificates are on. */
    public static Optional<String> caCertificate(CcpConfig config) {
        Map<String, Object> variables = config.renderContext();
        if (!createsCertificates(variables)) {
            return Optional.empty();
        }
        return tls(variables).map(tls -> tls.get("ca_cert")).filter(String.class::isInstance).map(String.class::cast);
    }

    private static boolean createsCertificates(Map<String, Object> variables) {
        return tls(variables).map(tls -> PythonTruth.isTrue(tls.get("create_certificates"))).orElse(false);
    }

    private static Optional<Map<?, ?>> tls(Map<String, Object> variables) {
        if (variables.get("security") instanceof Map<?, ?> security && security.get("tls") instanceof Map<?, ?> tls) {
            return Optional.of(tls);
        }
        return Optional.empty();
    }
}
