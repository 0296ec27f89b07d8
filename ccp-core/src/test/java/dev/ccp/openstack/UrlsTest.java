package dev.ccp.openstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            http://nova:8774/v2.1    | servers     | http://nova:8774/v2.1/servers
            http://nova:8774/v2.1/   | servers     | http://nova:8774/v2.1/servers
            http://swift/v1/AUTH_p   | a b.txt     | http://swift/v1/AUTH_p/a%20b.txt
            http://swift/v1/AUTH_p   | 2024/01/x   | http://swift/v1/AUTH_p/2024%2F01%2Fx
            http://swift/v1/AUTH_p   | ünï?&#      | http://swift/v1/AUTH_p/%C3%BCn%C3%AF%3F%26%23
            """)
    void appendsOneEncodedSegment(String base, String segment, String expected) {
        assertThat(Urls.append(URI.create(base), segment)).hasToString(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            http://neutron:9696         | v2.0 | http://neutron:9696/v2.0
            http://neutron:9696/        | v2.0 | http://neutron:9696/v2.0
            http://host/network         | v2.0 | http://host/network/v2.0
            http://neutron:9696/v2.0    | v2.0 | http://neutron:9696/v2.0
            http://glance:9292/v2/      | v2   | http://glance:9292/v2
            """)
    void addsTheApiVersionUnlessTheEndpointHasIt(String endpoint, String version, String expected) {
        assertThat(Urls.versioned(URI.create(endpoint), version)).hasToString(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            http://nova/v2.1/servers?all_tenants=1&limit=2&marker=abc | abc
            /v2/images?marker=a%20b                                    | a b
            /v2/images?limit=2                                         | none
            /v2/images                                                 | none
            """)
    void theMarkerOfANextLink(String link, String marker) {
        assertThat(Pages.markerOf(link)).isEqualTo(Optional.ofNullable(marker));
    }
}
