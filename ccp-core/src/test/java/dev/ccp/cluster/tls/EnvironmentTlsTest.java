package dev.ccp.cluster.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.cluster.tls.TlsOutcome.Action;
import dev.ccp.dsl.problem.CcpException;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a deploy does with the environment's TLS Secret, given what the cluster holds. */
class EnvironmentTlsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final TlsSettings TEN_YEARS = new TlsSettings(true, Duration.ofDays(3650), Optional.empty());
    private static final SortedSet<String> NAMES = names("keystone", "keystone.ccp", "keystone.ccp.svc",
            "keystone.ccp.svc.cluster.local");

    private static TlsOutcome first;

    @BeforeAll
    static void firstDeploy() {
        first = at(NOW).secret("ccp", NAMES, Optional.empty());
    }

    @Test
    void aFirstDeployCreatesACaAndAServerCertificateInATlsSecret() {
        Secret secret = first.secret();

        assertThat(first.action()).isEqualTo(Action.CREATED);
        assertThat(secret.getMetadata().getName()).isEqualTo("ccp-tls");
        assertThat(secret.getMetadata().getNamespace()).isEqualTo("ccp");
        assertThat(secret.getMetadata().getLabels()).containsOnly(Map.entry("ccp", "true"), Map.entry("ccp-environment", "ccp"));
        assertThat(secret.getType()).isEqualTo("kubernetes.io/tls");
        assertThat(secret.getData()).containsOnlyKeys("ca.crt", "ca.key", "tls.crt", "tls.key");
        TlsMaterial material = TlsMaterial.fromSecretData(secret.getData());
        assertThat(material.server().issuedBy(material.caCertificate())).isTrue();
        assertThat(material.server().keyMatches()).as("the server key is the certificate's").isTrue();
        assertThat(material.server().certificate().getPublicKey()).as("a key pair of its own, not the CA's")
                .isNotEqualTo(material.caCertificate().getPublicKey());
        assertThat(material.server().dnsNames()).isEqualTo(NAMES);
        assertThat(material.caCertificate().getNotAfter().toInstant()).isEqualTo(NOW.plus(Duration.ofDays(3650)));
        assertThat(first.describe()).contains("created a CA", "Secret ccp-tls").doesNotContain("PRIVATE");
    }

    @Test
    void aSecretThatStillFitsIsReusedByteForByte() {
        TlsOutcome again = at(NOW.plus(Duration.ofDays(400))).secret("ccp", NAMES, Optional.of(live(first)));

        assertThat(again.action()).isEqualTo(Action.REUSED);
        assertThat(again.secret().getData()).isEqualTo(first.secret().getData());
        assertThat(again.warning()).isEmpty();
    }

    @Test
    void newNamesGetANewServerCertificateFromTheSameCaAndOldNamesStay() {
        SortedSet<String> fewer = names("keystone", "glance-api");

        TlsOutcome grown = at(NOW).secret("ccp", fewer, Optional.of(live(first)));

        assertThat(grown.action()).isEqualTo(Action.REISSUED);
        assertThat(grown.secret().getData().get("ca.crt")).isEqualTo(first.secret().getData().get("ca.crt"));
        assertThat(grown.secret().getData().get("ca.key")).isEqualTo(first.secret().getData().get("ca.key"));
        assertThat(grown.secret().getData().get("tls.key")).isNotEqualTo(first.secret().getData().get("tls.key"));
        TlsMaterial material = TlsMaterial.fromSecretData(grown.secret().getData());
        SortedSet<String> union = new TreeSet<>(NAMES);
        union.add("glance-api");
        assertThat(material.server().dnsNames()).isEqualTo(union);
        assertThat(material.server().issuedBy(material.caCertificate())).isTrue();

        assertThat(at(NOW).secret("ccp", fewer, Optional.of(live(grown))).action())
                .as("a partial deploy afterwards changes nothing").isEqualTo(Action.REUSED);
    }

    @Test
    void aCaThatEndsSoonIsReplacedWithItsServerCertificate() {
        Instant late = NOW.plus(Duration.ofDays(3650 - 10));

        TlsOutcome renewed = at(late).secret("ccp", NAMES, Optional.of(live(first)));

        assertThat(renewed.action()).isEqualTo(Action.RENEWED);
        assertThat(renewed.secret().getData().get("ca.crt")).isNotEqualTo(first.secret().getData().get("ca.crt"));
        assertThat(renewed.material().caCertificate().getNotAfter().toInstant()).isEqualTo(late.plus(Duration.ofDays(3650)));
    }

    @Test
    void aServerCertificateThatEndsBeforeItsCaIsReissuedWithTheSameCa() {
        TlsOutcome shortLived = new EnvironmentTls(Clock.fixed(NOW, ZoneOffset.UTC), TEN_YEARS).secret("ccp", NAMES,
                Optional.empty());
        CertificateAuthority ca = shortLived.material().authority().orElseThrow();
        ServerCertificate ninetyDays = ca.issue("ccp ccp", NAMES, NOW, NOW.plus(Duration.ofDays(90)));
        Secret live = live(TlsMaterial.of(ca, ninetyDays).secretData());

        assertThat(at(NOW.plus(Duration.ofDays(50))).secret("ccp", NAMES, Optional.of(live)).action()).isEqualTo(Action.REUSED);
        TlsOutcome late = at(NOW.plus(Duration.ofDays(70))).secret("ccp", NAMES, Optional.of(live));
        assertThat(late.action()).isEqualTo(Action.REISSUED);
        assertThat(late.secret().getData().get("ca.crt")).isEqualTo(live.getData().get("ca.crt"));
    }

    @Test
    void aSecretWithoutTheCaKeyIsNeverRewrittenButAMismatchIsWarned() {
        Map<String, String> data = new HashMap<>(first.secret().getData());
        data.remove("ca.key");

        TlsOutcome kept = at(NOW).secret("ccp", names("keystone", "nova-api"), Optional.of(live(data)));

        assertThat(kept.action()).isEqualTo(Action.REUSED);
        assertThat(kept.secret().getData()).isEqualTo(data);
        assertThat(kept.warning()).hasValueSatisfying(w -> assertThat(w).contains("does not cover nova-api", "ca.key"));
    }

    @Test
    void anUnreadableSecretStopsTheDeployWithoutQuotingIt() {
        Map<String, String> data = new HashMap<>(first.secret().getData());
        data.put("tls.key", java.util.Base64.getEncoder().encodeToString("garbage".getBytes()));

        assertThatThrownBy(() -> at(NOW).secret("ccp", NAMES, Optional.of(live(data))))
                .isInstanceOf(CcpException.class)
                .hasMessageContaining("Secret ccp-tls in ccp holds no usable TLS material (tls.key:")
                .hasMessageContaining("kubectl -n ccp delete secret ccp-tls")
                .hasMessageNotContaining("garbage");
    }

    @Test
    void suppliedMaterialIsUsedAsItIsAndStaysUnchangedOnTheNextDeploy() {
        TlsMaterial supplied = first.material();
        EnvironmentTls tls = new EnvironmentTls(Clock.fixed(NOW, ZoneOffset.UTC),
                new TlsSettings(true, Duration.ofDays(3650), Optional.of(new TlsMaterial(supplied.caCertificate(),
                        Optional.empty(), supplied.server()))));

        TlsOutcome outcome = tls.secret("ccp", names("not-covered"), Optional.empty());

        assertThat(outcome.action()).isEqualTo(Action.SUPPLIED);
        assertThat(outcome.secret().getData()).containsOnlyKeys("ca.crt", "tls.crt", "tls.key");
        assertThat(outcome.secret().getData().get("tls.crt")).isEqualTo(first.secret().getData().get("tls.crt"));
        assertThat(tls.secret("ccp", NAMES, Optional.of(live(outcome))).secret().getData())
                .isEqualTo(outcome.secret().getData());
    }

    @ParameterizedTest(name = "lifetime {0} days, {1} days left -> ends soon {2}")
    @CsvSource({
            "3650, 31, false",
            "3650, 30, true",
            "30,   11, false",
            "30,   10, true",
            "30,    0, true",
    })
    void aCertificateEndsSoonWithinThirtyDaysOrAThirdOfItsLifetime(int lifetime, int left, boolean soon) {
        CertificateAuthority ca = CertificateAuthority.create("t", NOW, NOW.plus(Duration.ofDays(lifetime)));
        X509Certificate certificate = ca.certificate();

        assertThat(EnvironmentTls.endsSoon(certificate, NOW.plus(Duration.ofDays(lifetime - left)))).isEqualTo(soon);
    }

    private static EnvironmentTls at(Instant instant) {
        return new EnvironmentTls(Clock.fixed(instant, ZoneOffset.UTC), TEN_YEARS);
    }

    private static Secret live(TlsOutcome outcome) {
        return live(outcome.secret().getData());
    }

    private static Secret live(Map<String, String> data) {
        return new SecretBuilder().withNewMetadata().withName("ccp-tls").withNamespace("ccp").withResourceVersion("7")
                .endMetadata().withType("kubernetes.io/tls").withData(data).build();
    }

    private static SortedSet<String> names(String... names) {
        return new TreeSet<>(List.of(names));
    }
}
