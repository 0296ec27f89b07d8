package dev.ccp.openstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.dsl.config.Secret;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Keystone v3 password authentication and the catalog, against the fake cloud. */
class KeystoneTest {

    private FakeOpenStack cloud;
    private Keystone keystone;

    @BeforeEach
    void start() throws IOException {
        cloud = FakeOpenStack.start("admin", "secret-pw", "admin");
        keystone = new Keystone(OpenStackHttp.create(TlsVerification.system(), Duration.ofSeconds(2), Duration.ofSeconds(10)),
                "public");
    }

    @AfterEach
    void stop() {
        cloud.close();
    }

    private OpenStackCredentials credentials(URI authUrl, String password, Optional<String> region) {
        return new OpenStackCredentials(authUrl, "admin", Secret.of(password), "admin", region);
    }

    @Test
    void theSessionUsesThePublicEndpointsOfTheRegion() {
        OpenStackSession session = keystone.authenticate(credentials(cloud.authUrl(), "secret-pw", Optional.of("RegionOne")));

        String base = "http://127.0.0.1:" + cloud.authUrl().getPort();
        assertThat(session.endpoint("compute")).contains(URI.create(base + "/compute/v2.1"));
        assertThat(session.endpoint("network")).contains(URI.create(base + "/network"));
        assertThat(session.endpoint("object-store")).contains(URI.create(base + "/object/v1/AUTH_p-admin"));
        assertThat(session.endpoint("orchestration")).isEmpty();
        assertThat(session.toString()).doesNotContain(cloud.token()).contains("***");
        assertThat(cloud.requests()).containsExactly("POST /identity/v3/auth/tokens");
    }

    @Test
    void withoutARegionTheFirstPublicEndpointIsUsed() {
        OpenStackSession session = keystone.authenticate(credentials(cloud.authUrl(), "secret-pw", Optional.empty()));

        assertThat(session.endpoint("compute")).contains(URI.create("http://127.0.0.1:1/compute/v2.1"));
    }

    @Test
    void refusedCredentialsAreAnAuthenticationFailureThatNeverShowsThePassword() {
        assertThatThrownBy(() -> keystone.authenticate(credentials(cloud.authUrl(), "wrong-pw", Optional.empty())))
                .isInstanceOf(OpenStackAuthenticationException.class)
                .hasMessage("keystone at " + cloud.authUrl() + " refused the credentials of user 'admin' in project 'admin' (HTTP 401)")
                .hasMessageNotContaining("wrong-pw");
    }

    @Test
    void aClosedPortIsUnreachable() {
        assertThatThrownBy(() -> keystone.authenticate(credentials(URI.create("http://127.0.0.1:1/v3"), "secret-pw",
                Optional.empty())))
                .isInstanceOf(OpenStackUnreachableException.class)
                .hasMessageStartingWith("http://127.0.0.1:1 is not reachable: ")
                .hasMessageNotContaining("does not resolve");
    }

    @Test
    void aNameThatDoesNotResolveIsUnreachable() {
        assertThatThrownBy(() -> keystone.authenticate(credentials(URI.create("http://keystone.ccp.invalid:5000/v3"),
                "secret-pw", Optional.empty())))
                .isInstanceOf(OpenStackUnreachableException.class)
                .hasMessage("http://keystone.ccp.invalid:5000 is not reachable: the host name does not resolve");
    }

    @Test
    void anotherErrorStatusIsAnApiErrorWithTheServersMessage() {
        URI wrongPath = URI.create("http://127.0.0.1:" + cloud.authUrl().getPort() + "/keystone/v3");

        assertThatThrownBy(() -> keystone.authenticate(credentials(wrongPath, "secret-pw", Optional.empty())))
                .isInstanceOf(OpenStackApiException.class)
                .hasMessage("POST " + wrongPath + "/auth/tokens: HTTP 404: The resource could not be found.")
                .isNotInstanceOf(OpenStackAuthenticationException.class);
    }
}
