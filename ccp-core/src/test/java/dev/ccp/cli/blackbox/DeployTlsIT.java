package dev.ccp.cli.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.cli.blackbox.CcpProcess.Result;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The environment's TLS material through bin/ccp ("Our decisions": generated per environment at
 * the first deploy, kept in a Secret, reused afterwards), against the CRUD mock API server.
 */
class DeployTlsIT {

    private static final String EXAMPLE = CcpProcess.repo().resolve("etc/topology-example.yaml").toString();
    /** Base64 of "-----BEGIN": no PEM block may reach any output. */
    private static final String PEM_IN_BASE64 = "LS0tLS1CRUdJTi";

    @TempDir
    Path work;

    private MockApiServer api;
    private KubernetesClient client;
    private final List<Result> results = new ArrayList<>();

    @BeforeEach
    void startApiServer() throws IOException {
        api = MockApiServer.start(work, List.of("node1", "node2", "node3"));
        client = api.client();
    }

    @AfterEach
    void stopApiServerAndCheckNoKeyWasPrinted() {
        api.close();
        for (Result result : results) {
            assertThat(result.out() + result.err()).as(result.args().toString())
                    .doesNotContain("PRIVATE KEY").doesNotContain("BEGIN CERTIFICATE").doesNotContain(PEM_IN_BASE64);
        }
    }

    private Result ccp(String... args) {
        Result result = CcpProcess.runIn(work, api.env(), args);
        results.add(result);
        return result;
    }

    @Test
    void theFirstDeployCreatesACaAndServerCertificateThatTheNextDeployReusesByteForByte() throws Exception {
        Result dryRun = ccp("--config-file", EXAMPLE, "deploy", "--dry-run", "--nodes", "node1,node2,node3");
        assertThat(dryRun.exitCode()).as(dryRun.toString()).isZero();
        assertThat(dryRun.out()).as("a dry run references the Secret and generates nothing")
                .contains("secretName: ccp-tls").contains("mountPath: /opt/ccp/etc/tls");

        Result first = ccp("--config-file", EXAMPLE, "deploy");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.err()).contains("TLS: created a CA and a server certificate", "Secret ccp-tls");
        Secret secret = client.secrets().inNamespace("ccp").withName("ccp-tls").get();
        assertThat(secret.getType()).isEqualTo("kubernetes.io/tls");
        assertThat(secret.getMetadata().getLabels()).containsEntry("ccp", "true").containsEntry("ccp-environment", "ccp");
        assertThat(secret.getData()).containsOnlyKeys("ca.crt", "ca.key", "tls.crt", "tls.key");

        X509Certificate ca = certificate(secret, "ca.crt");
        X509Certificate server = certificate(secret, "tls.crt");
        server.verify(ca.getPublicKey());
        assertThat(server.getIssuerX500Principal()).isEqualTo(ca.getSubjectX500Principal());
        assertThat(ca.getBasicConstraints()).isGreaterThanOrEqualTo(0);
        List<String> names = server.getSubjectAlternativeNames().stream().map(name -> name.get(1).toString()).toList();
        assertThat(names).contains("keystone", "keystone.ccp", "keystone.ccp.svc", "keystone.ccp.svc.cluster.local",
                "etcd.ccp.svc.cluster.local", "memcached.ccp.svc.cluster.local");
        RSAPrivateCrtKey serverKey = privateKey(secret, "tls.key");
        assertThat(serverKey.getModulus()).isEqualTo(((RSAPublicKey) server.getPublicKey()).getModulus());
        assertThat(privateKey(secret, "ca.key").getModulus()).isEqualTo(((RSAPublicKey) ca.getPublicKey()).getModulus());

        Deployment keystone = client.apps().deployments().inNamespace("ccp").withName("keystone").get();
        assertThat(keystone.getSpec().getTemplate().getSpec().getVolumes())
                .anySatisfy(v -> assertThat(v.getSecret() == null ? null : v.getSecret().getSecretName()).isEqualTo("ccp-tls"));
        assertThat(keystone.getSpec().getTemplate().getSpec().getContainers()).allSatisfy(c -> assertThat(c.getVolumeMounts())
                .anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/opt/ccp/etc/tls")));

        Path caFile = work.resolve("ca-cert.pem");
        assertThat(Files.readString(caFile)).isEqualTo(text(secret, "ca.crt"));
        assertThat(Files.readString(work.resolve("openrc-ccp"))).endsWith("\nexport OS_CACERT=" + caFile);
        api.writes();

        Result again = ccp("--config-file", EXAMPLE, "deploy");
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(api.writes()).as("an unchanged re-deploy writes nothing, the TLS Secret included").isEmpty();
        Secret reused = client.secrets().inNamespace("ccp").withName("ccp-tls").get();
        assertThat(reused.getData()).isEqualTo(secret.getData());
        assertThat(reused.getMetadata().getResourceVersion()).isEqualTo(secret.getMetadata().getResourceVersion());
        assertThat(again.err()).doesNotContain("TLS: created");

        Result plan = ccp("--config-file", EXAMPLE, "deploy", "--plan", "-f", "json");
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        assertThat(plan.out()).contains("\"name\" : \"ccp-tls\"");
    }

    @Test
    void certificatesCanBeTurnedOffAndAnUnreadableSecretStopsTheDeployBeforeAnyWrite() throws Exception {
        Path noTls = work.resolve("no-tls.yaml");
        Files.writeString(noTls, Files.readString(Path.of(EXAMPLE))
                + "\n---\nsecret_configs:\n  security:\n    tls:\n      create_certificates: false\n");

        Result off = ccp("--config-file", noTls.toString(), "deploy");

        assertThat(off.exitCode()).as(off.toString()).isZero();
        assertThat(client.secrets().inNamespace("ccp").withName("ccp-tls").get()).isNull();
        assertThat(client.apps().deployments().inNamespace("ccp").withName("keystone").get().getSpec().getTemplate()
                .getSpec().getVolumes()).noneMatch(v -> "ccp-tls".equals(v.getName()));
        assertThat(Files.readString(work.resolve("openrc-ccp"))).doesNotContain("OS_CACERT");

        client.secrets().inNamespace("ccp").resource(new io.fabric8.kubernetes.api.model.SecretBuilder()
                .withNewMetadata().withName("ccp-tls").endMetadata().withType("kubernetes.io/tls")
                .withData(Map.of("tls.crt", "bm90IGEgY2VydA==", "tls.key", "bm90IGEga2V5")).build()).create();
        api.writes();
        Result broken = ccp("--config-file", EXAMPLE, "deploy");
        assertThat(broken.exitCode()).as(broken.toString()).isEqualTo(1);
        assertThat(broken.err()).contains("Secret ccp-tls in ccp holds no usable TLS material", "delete secret ccp-tls");
        assertThat(api.writes()).as("nothing written").isEmpty();
    }

    private static X509Certificate certificate(Secret secret, String key) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(text(secret, key).getBytes(StandardCharsets.US_ASCII)));
    }

    private static RSAPrivateCrtKey privateKey(Secret secret, String key) throws Exception {
        String pem = text(secret, key);
        assertThat(pem).startsWith("-----BEGIN PRIVATE KEY-----\n");
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    }

    private static String text(Secret secret, String key) {
        return new String(Base64.getDecoder().decode(secret.getData().get(key)), StandardCharsets.US_ASCII);
    }
}
