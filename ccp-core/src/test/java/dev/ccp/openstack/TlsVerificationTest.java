package dev.ccp.openstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.ccp.dsl.config.Secret;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Certificate checks of the OpenStack client against a keystone stub over https with a
 * self-signed certificate made by the JDK's keytool.
 */
class TlsVerificationTest {

    private static final char[] STORE_PASSWORD = "changeit".toCharArray();

    @TempDir
    Path dir;

    private HttpsServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Makes a self-signed certificate for {@code san}, serves keystone's token answer with it and returns the PEM. */
    private String serveWithCertificateFor(String san) throws Exception {
        Path store = dir.resolve("keystone.p12");
        keytool("-genkeypair", "-alias", "keystone", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=keystone",
                "-ext", "san=" + san, "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", new String(STORE_PASSWORD));
        String pem = keytool("-exportcert", "-rfc", "-alias", "keystone", "-keystore", store.toString(),
                "-storepass", new String(STORE_PASSWORD));
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(store.toFile())) {
            keys.load(in, STORE_PASSWORD);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, STORE_PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        server.createContext("/v3/auth/tokens", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = "{\"token\": {\"catalog\": []}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("X-Subject-Token", "t");
            exchange.sendResponseHeaders(201, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return pem;
    }

    private static String keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private OpenStackSession login(TlsVerification tls) {
        URI authUrl = URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/v3");
        return new Keystone(OpenStackHttp.create(tls, Duration.ofSeconds(5), Duration.ofSeconds(10)), "public")
                .authenticate(new OpenStackCredentials(authUrl, "admin", Secret.of("pw"), "admin", Optional.empty()));
    }

    @Test
    void theEnvironmentsCaIsTrustedForItsHost() throws Exception {
        String pem = serveWithCertificateFor("ip:127.0.0.1");

        assertThat(login(TlsVerification.trusting(pem, "ca.pem")).endpoint("compute")).isEmpty();
    }

    @Test
    void theJdksAuthoritiesDoNotKnowASelfSignedCertificate() throws Exception {
        serveWithCertificateFor("ip:127.0.0.1");

        assertThatThrownBy(() -> login(TlsVerification.system()))
                .isInstanceOf(OpenStackException.class)
                .hasMessageContaining("TLS failed")
                .hasMessageEndingWith("give the CA certificate with --ca-cert, or pass --insecure");
    }

    @Test
    void aTrustedCertificateForAnotherHostIsRefused() throws Exception {
        String pem = serveWithCertificateFor("dns:keystone.example");

        assertThatThrownBy(() -> login(TlsVerification.trusting(pem, "ca.pem")))
                .isInstanceOf(OpenStackException.class)
                .hasMessageContaining("TLS failed");
    }

    @Test
    void insecureChecksNeitherTheChainNorTheHostName() throws Exception {
        serveWithCertificateFor("dns:keystone.example");

        assertThat(login(TlsVerification.insecure()).endpoint("compute")).isEmpty();
    }

    @Test
    void textWithoutACertificateIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("ca.pem"), "not a certificate");

        assertThatThrownBy(() -> TlsVerification.trusting(Files.readString(file), file.toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + " ");
    }
}
