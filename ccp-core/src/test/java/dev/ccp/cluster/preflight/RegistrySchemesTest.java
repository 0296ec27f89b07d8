package dev.ccp.cluster.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The order in which preflight tries the schemes of a registry's {@code /v2/}. */
class RegistrySchemesTest {

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1:31500,   false, http",
            "127.0.0.1,         false, http",
            "127.12.0.3:5000,   false, http",
            "localhost:5000,    false, http",
            "LOCALHOST,         false, http",
            "[::1]:5000,        false, http",
            "registry.lan:5000, true,  http",
            "10.0.0.5:5000,     true,  http",
            "registry.lan:5000, false, https",
            "10.0.0.5:5000,     false, https",
            "127.0.0.1.nip.io,  false, https",
            "localhost.lan:80,  false, https",
            "1127.0.0.1:5000,   false, https"})
    void plainHttpComesFirstForAnInsecureOrLoopbackRegistry(String address, boolean insecure, String first) {
        List<String> schemes = Preflight.schemes(address, insecure);

        assertThat(schemes).as("both are tried, %s first", first).containsExactlyInAnyOrder("http", "https");
        assertThat(schemes.get(0)).isEqualTo(first);
    }
}
