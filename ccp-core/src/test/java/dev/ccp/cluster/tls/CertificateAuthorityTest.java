package dev.ccp.cluster.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CA and server certificate ccp makes: a chain a TLS client accepts for the environment's names. */
class CertificateAuthorityTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final SortedSet<String> NAMES = new TreeSet<>(List.of("keystone", "keystone.ccp", "keystone.ccp.svc",
            "keystone.ccp.svc.cluster.local", "*.etcd.ccp.svc.cluster.local", "identity.external"));

    private static CertificateAuthority authority;
    private static ServerCertificate server;

    @BeforeAll
    static void issue() {
        authority = CertificateAuthority.create("ccp ccp CA", NOW, NOW.plus(Duration.ofDays(3650)));
        server = authority.issue("ccp ccp", NAMES, NOW, NOW.plus(Duration.ofDays(365)));
    }

    @Test
    void theServerCertificateChainsToTheCaUnderPkixRules() throws Exception {
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(authority.certificate(), null)));
        parameters.setRevocationEnabled(false);
        parameters.setDate(Date.from(NOW.plus(Duration.ofDays(1))));

        CertPathValidator.getInstance("PKIX").validate(
                CertificateFactory.getInstance("X.509").generateCertPath(List.of(server.certificate())), parameters);

        assertThat(server.issuedBy(authority.certificate())).isTrue();
        assertThat(server.issuedBy(CertificateAuthority.create("other", NOW, NOW.plus(Duration.ofDays(1))).certificate()))
                .isFalse();
    }

    @Test
    void theCaIsACaAndTheServerCertificateIsForServersAndClientsWithEveryName() throws Exception {
        X509Certificate ca = authority.certificate();
        X509Certificate cert = server.certificate();

        assertThat(ca.getBasicConstraints()).as("a CA").isGreaterThanOrEqualTo(0);
        assertThat(ca.getKeyUsage()[5]).as("keyCertSign").isTrue();
        assertThat(ca.getSubjectX500Principal().getName()).isEqualTo("CN=ccp ccp CA");
        assertThat(cert.getBasicConstraints()).as("not a CA").isEqualTo(-1);
        assertThat(cert.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2");
        assertThat(server.dnsNames()).isEqualTo(NAMES);
        assertThat(server.missing(Set.of("keystone", "glance-api"))).containsExactly("glance-api");
        assertThat(cert.getNotBefore().toInstant()).isEqualTo(NOW);
        assertThat(cert.getNotAfter().toInstant()).isEqualTo(NOW.plus(Duration.ofDays(365)));
        assertThat(cert.getSigAlgName()).isEqualTo("SHA256withRSA");
    }

    @Test
    void keysAreRsa2048AndBelongToTheirCertificates() {
        assertThat(((RSAPublicKey) server.certificate().getPublicKey()).getModulus().bitLength()).isEqualTo(2048);
        assertThat(server.keyMatches()).isTrue();
        assertThat(authority.isUsable()).isTrue();
        assertThat(((RSAPrivateCrtKey) authority.key()).getModulus())
                .isEqualTo(((RSAPublicKey) authority.certificate().getPublicKey()).getModulus());
        assertThat(new ServerCertificate(server.certificate(), authority.key()).keyMatches()).isFalse();
    }

    @Test
    void theSecretDataRoundTripsAndItsKeysParse() {
        TlsMaterial material = TlsMaterial.of(authority, server);

        TlsMaterial read = TlsMaterial.fromSecretData(material.secretData());

        assertThat(material.secretData()).containsOnlyKeys("ca.crt", "ca.key", "tls.crt", "tls.key");
        assertThat(read.caCertificate()).isEqualTo(authority.certificate());
        assertThat(read.server().certificate()).isEqualTo(server.certificate());
        assertThat(read.server().key().getEncoded()).isEqualTo(server.key().getEncoded());
        assertThat(read.authority().orElseThrow().key().getEncoded()).isEqualTo(authority.key().getEncoded());
        assertThat(read.secretData()).as("encoding is stable").isEqualTo(material.secretData());
        assertThat(material.caCertificatePem()).startsWith("-----BEGIN CERTIFICATE-----\n")
                .endsWith("-----END CERTIFICATE-----\n");
    }

    @Test
    void noKeyEverAppearsInToString() {
        String keyText = PemText.of(server.key());
        String caKeyText = PemText.of(authority.key());
        String body = keyText.lines().skip(1).findFirst().orElseThrow();

        for (Object printable : List.of(authority, server, TlsMaterial.of(authority, server))) {
            assertThat(printable.toString()).doesNotContain(body).doesNotContain("PRIVATE KEY")
                    .doesNotContain(caKeyText.lines().skip(1).findFirst().orElseThrow());
        }
        assertThat(keyText).startsWith("-----BEGIN PRIVATE KEY-----\n");
    }
}
