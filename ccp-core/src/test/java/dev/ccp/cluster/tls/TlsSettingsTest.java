package dev.ccp.cluster.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.dsl.config.CcpConfig;
import dev.ccp.dsl.config.ConfigLoader;
import dev.ccp.dsl.config.HostEnvironment;
import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code security.tls} of the config: on by default (REFERENCE 2.1), validity, the operator's own material. */
class TlsSettingsTest {

    @TempDir
    Path dir;

    @Test
    void byDefaultCertificatesAreCreatedForTenYears() throws IOException {
        TlsSettings settings = TlsSettings.from(config(""));

        assertThat(settings.createCertificates()).isTrue();
        assertThat(settings.validity()).isEqualTo(Duration.ofDays(3650));
        assertThat(settings.supplied()).isEmpty();
    }

    @Test
    void certificatesCanBeTurnedOffAndTheValidityChosen() throws IOException {
        assertThat(TlsSettings.from(config("secret_configs:\n  security:\n    tls:\n      create_certificates: false\n"))
                .createCertificates()).isFalse();
        assertThat(TlsSettings.from(config("secret_configs:\n  security:\n    tls:\n      validity_days: 365\n")).validity())
                .isEqualTo(Duration.ofDays(365));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "'ten'", "1.5"})
    void aValidityThatIsNotAWholeNumberOfDaysIsRefused(String value) {
        assertThatThrownBy(() -> TlsSettings.from(config("secret_configs:\n  security:\n    tls:\n      validity_days: "
                + value + "\n")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::keyPath).containsExactly("secret_configs.security.tls.validity_days"));
    }

    @Test
    void incompleteOrUnreadableOperatorMaterialNamesEveryBadKey() {
        assertThatThrownBy(() -> TlsSettings.from(config(tls("ca_cert: |\n        x\n"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::keyPath).containsExactly("secret_configs.security.tls.server_cert",
                                "secret_configs.security.tls.server_key"));
        assertThatThrownBy(() -> TlsSettings.from(config(tls("ca_cert: not pem\n      server_cert: not pem\n"
                + "      server_key: not pem\n"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::keyPath).containsExactly("secret_configs.security.tls.ca_cert",
                                "secret_configs.security.tls.server_cert", "secret_configs.security.tls.server_key"));
    }

    @Test
    void theOperatorsOwnMaterialIsReadFromPemText() throws IOException {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        CertificateAuthority ca = CertificateAuthority.create("own CA", now, now.plus(Duration.ofDays(30)));
        ServerCertificate server = ca.issue("own", new TreeSet<>(List.of("keystone")), now, now.plus(Duration.ofDays(30)));

        TlsSettings settings = TlsSettings.from(config(tls("ca_cert: |\n" + indent(PemText.of(ca.certificate()))
                + "      server_cert: |\n" + indent(PemText.of(server.certificate()))
                + "      server_key: |\n" + indent(PemText.of(server.key())))));

        TlsMaterial supplied = settings.supplied().orElseThrow();
        assertThat(supplied.caCertificate()).isEqualTo(ca.certificate());
        assertThat(supplied.server().certificate()).isEqualTo(server.certificate());
        assertThat(supplied.server().key().getEncoded()).isEqualTo(server.key().getEncoded());
        assertThat(supplied.authority()).isEmpty();
    }

    private static String tls(String body) {
        return "secret_configs:\n  security:\n    tls:\n      " + body;
    }

    private static String indent(String pem) {
        return pem.lines().map(line -> "        " + line + "\n").reduce("", String::concat);
    }

    private CcpConfig config(String yaml) {
        try {
            Path file = dir.resolve("ccp.yaml");
            Files.writeString(file, yaml.isEmpty() ? "debug: false\n" : yaml);
            return new ConfigLoader().loadWithoutComponents(Optional.of(file),
                    new HostEnvironment(dir, 1, dir.resolve("components"))).config();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
