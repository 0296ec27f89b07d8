package dev.ccp.openstack;

import dev.ccp.dsl.config.CcpConfig;
import dev.ccp.dsl.config.Secret;
import dev.ccp.dsl.jinja.JinjaDialect;
import dev.ccp.dsl.jinja.RenderOptions;
import dev.ccp.dsl.jinja.TemplateRenderException;
import dev.ccp.dsl.jinja.TemplateSource;
import dev.ccp.dsl.problem.CcpException;
import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;

/**
 * The cloud administrator's credentials from the configuration (REFERENCE 7.2), as the openrc
 * file has them (7.7): {@code openstack.user_name}, {@code openstack.user_password} (a secret
 * config), {@code openstack.project_name}, {@code openstack.region_name}; the auth URL is
 * keystone's external address with scheme for {@code keystone.public_port}, plus {@code /v3}.
 */
public final class ConfiguredCredentials {

    /** The original's message when the configuration has no {@code openstack.project_name}. */
    public static final String NO_KEYSTONE_CONFIGS = "There are no Keystone configs provided. "
            + "Run with --skip-os-cleanup flag if OpenStack is not deployed";

    private static final String AUTH_URL =
            "{{ address('keystone', keystone.public_port, external=True, with_scheme=True) }}/v3";

    private ConfiguredCredentials() {
    }

    /**
     * The credentials; {@code authUrl} replaces the derived auth URL.
     *
     * @throws CcpException when {@code openstack.project_name} (or another of the keys) is not configured
     * @throws InvalidInputException when {@code authUrl} is not an http(s) URL
     */
    public static OpenStackCredentials read(CcpConfig config, Optional<String> authUrl) {
        Map<String, Object> variables = config.renderContext();
        if (!(variables.get("openstack") instanceof Map<?, ?> openstack) || openstack.get("project_name") == null) {
            throw new CcpException(NO_KEYSTONE_CONFIGS);
        }
        URI url = authUrl.map(ConfiguredCredentials::parse).orElseGet(() -> derivedAuthUrl(variables));
        Optional<String> region = Optional.ofNullable(openstack.get("region_name")).map(String::valueOf)
                .filter(r -> !r.isEmpty());
        return new OpenStackCredentials(url, required(openstack, "user_name"),
                Secret.of(required(openstack, "user_password")), String.valueOf(openstack.get("project_name")), region);
    }

    private static String required(Map<?, ?> openstack, String key) {
        Object value = openstack.get(key);
        if (value == null) {
            throw new CcpException("openstack." + key + " is not configured. " + NO_KEYSTONE_CONFIGS);
        }
        return String.valueOf(value);
    }

    private static URI derivedAuthUrl(Map<String, Object> variables) {
        try {
            return URI.create(JinjaDialect.standard()
                    .render(TemplateSource.of("keystone auth URL", AUTH_URL), variables, RenderOptions.strict()).trim());
        } catch (TemplateRenderException | IllegalArgumentException e) {
            throw new CcpException("cannot derive keystone's address from the configuration (" + e.getMessage()
                    + "); give it with --auth-url. " + NO_KEYSTONE_CONFIGS, e);
        }
    }

    private static URI parse(String text) {
        try {
            URI uri = new URI(text);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new InvalidInputException(Problem.at(null, "--auth-url",
                "expected an http:// or https:// URL of keystone, e.g. https://keystone.example:5000/v3, got '" + text + "'"));
    }
}
