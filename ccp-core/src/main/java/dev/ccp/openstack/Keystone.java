package dev.ccp.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ccp.dsl.config.Secret;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Keystone v3 password authentication ({@code POST <auth url>/auth/tokens}), scoped to a project:
 * the token comes in the {@code X-Subject-Token} header, the service catalog in the body.
 */
public final class Keystone {

    /** The domain id keystone gives the domain it creates on bootstrap. */
    private static final String DEFAULT_DOMAIN = "default";

    private final OpenStackHttp http;
    private final String interfaceName;

    /**
     * @param interfaceName which catalog endpoints the session uses: {@code public} for an
     *                      operator outside the cluster
     */
    public Keystone(OpenStackHttp http, String interfaceName) {
        this.http = Objects.requireNonNull(http, "http");
        this.interfaceName = Objects.requireNonNull(interfaceName, "interfaceName");
    }

    /**
     * Logs in.
     *
     * @throws OpenStackUnreachableException when no connection to the auth URL can be made
     * @throws OpenStackAuthenticationException when keystone refuses the credentials
     */
    public OpenStackSession authenticate(OpenStackCredentials credentials) {
        URI tokens = Urls.append(credentials.authUrl(), "auth", "tokens");
        ApiResponse response;
        try {
            response = http.send("POST", tokens, Optional.of(passwordAuth(credentials)), Optional.empty());
        } catch (OpenStackApiException e) {
            if (e.status() == 401) {
                throw new OpenStackAuthenticationException(credentials);
            }
            throw e;
        }
        String token = response.header("X-Subject-Token")
                .orElseThrow(() -> new OpenStackException("POST " + tokens + ": keystone answered without X-Subject-Token"));
        JsonNode body = response.body().path("token");
        if (!body.has("catalog")) {
            throw new OpenStackException("POST " + tokens + ": the token has no service catalog");
        }
        return new OpenStackSession(http, Secret.of(token), ServiceCatalog.fromToken(body), interfaceName,
                credentials.region());
    }

    private JsonNode passwordAuth(OpenStackCredentials credentials) {
        ObjectNode auth = http.json().createObjectNode();
        ObjectNode identity = auth.putObject("auth").putObject("identity");
        identity.putArray("methods").add("password");
        ObjectNode user = identity.putObject("password").putObject("user");
        user.put("name", credentials.userName());
        user.putObject("domain").put("id", DEFAULT_DOMAIN);
        user.put("password", credentials.password().reveal());
        ObjectNode project = ((ObjectNode) auth.get("auth")).putObject("scope").putObject("project");
        project.put("name", credentials.projectName());
        project.putObject("domain").put("id", DEFAULT_DOMAIN);
        return auth;
    }
}
