package dev.ccp.dsl.jinja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CCP's {@code host} and {@code gethostbyname} filters. */
class FiltersForHostsTest {

    /** Expected values are Python's {@code urllib.parse.urlparse(url).netloc}. */
    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "http://example.com/path|example.com",
            "https://user:pw@keystone.ccp:5000/v3?x=1|user:pw@keystone.ccp:5000",
            "git+https://git.openstack.org/openstack/nova|git.openstack.org",
            "http://[::1]:8080/x|[::1]:8080",
            "//host:1/|host:1",
            "file:///etc/passwd|''",
            "example.com:5000|''",
            "no-scheme/path|''"})
    void hostIsTheNetworkLocation(String url, String expected) {
        String template = "{{ url | host }}";
        String output = JinjaDialect.standard().render(TemplateSource.of("t.j2", template), Map.of("url", url),
                RenderOptions.strict());
        assertThat(output).isEqualTo(expected.equals("''") ? "" : expected);
    }

    @Test
    void gethostbynameUsesTheRendersResolver() {
        RenderOptions options = RenderOptions.strict().withHostResolver(host -> host.equals("db") ? "10.0.0.5" : host);

        assertThat(JinjaDialect.standard().render(TemplateSource.of("t.j2", "{{ 'db' | gethostbyname }}"), Map.of(), options))
                .isEqualTo("10.0.0.5");
    }

    @Test
    void identityResolverKeepsRenderingOffline() {
        RenderOptions options = RenderOptions.strict().withHostResolver(HostResolver.IDENTITY);

        assertThat(JinjaDialect.standard().render(TemplateSource.of("t.j2", "{{ 'opendaylight.ccp' | gethostbyname }}"),
                Map.of(), options)).isEqualTo("opendaylight.ccp");
    }

    @Test
    void dnsResolverReturnsAnIpv4Literal() {
        assertThat(HostResolver.DNS.resolve("10.1.2.3")).isEqualTo("10.1.2.3");
        assertThat(HostResolver.DNS.resolve("localhost")).startsWith("127.");
    }

    @Test
    void anUnresolvableHostFailsTheRender() {
        RenderOptions options = RenderOptions.strict().withHostResolver(host -> {
            throw new IllegalArgumentException("gethostbyname: cannot resolve host '" + host + "'");
        });

        assertThatThrownBy(() -> JinjaDialect.standard().render(TemplateSource.of("t.j2", "a\n{{ 'nohost' | gethostbyname }}"),
                Map.of(), options))
                .isInstanceOf(TemplateRenderException.class)
                .hasMessageContaining("t.j2:2: gethostbyname: cannot resolve host 'nohost'");
    }
}
