package dev.ccp.cluster.tls;

import dev.ccp.renderer.TlsSecret;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What the environment's TLS Secret holds: the CA certificate, the CA key when ccp made the CA
 * (so that it can issue a new server certificate later), and the server certificate with its key.
 * {@link #toString()} never shows a key.
 */
public record TlsMaterial(X509Certificate caCertificate, Optional<CertificateAuthority> authority, ServerCertificate server) {

    public TlsMaterial {
        Objects.requireNonNull(caCertificate, "caCertificate");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(server, "server");
    }

    /** Material made by ccp: the CA with its key. */
    public static TlsMaterial of(CertificateAuthority authority, ServerCertificate server) {
        return new TlsMaterial(authority.certificate(), Optional.of(authority), server);
    }

    /**
     * The Secret's {@code data}: base64 of the PEM texts under {@code ca.crt}, {@code tls.crt},
     * {@code tls.key} and, with the CA's key, {@code ca.key}; sorted by key.
     */
    public Map<String, String> secretData() {
        Map<String, String> data = new TreeMap<>();
        data.put(TlsSecret.CA_CERT, base64(PemText.of(caCertificate)));
        authority.ifPresent(ca -> data.put(TlsSecret.CA_KEY, base64(PemText.of(ca.key()))));
        data.put(TlsSecret.SERVER_CERT, base64(PemText.of(server.certificate())));
        data.put(TlsSecret.SERVER_KEY, base64(PemText.of(server.key())));
        return data;
    }

    /**
     * Reads a Secret's {@code data} (base64 of PEM texts).
     *
     * @throws IllegalArgumentException naming the key that is missing or unreadable
     */
    public static TlsMaterial fromSecretData(Map<String, String> data) {
        X509Certificate ca = read(data, TlsSecret.CA_CERT, PemText::certificate);
        ServerCertificate server = new ServerCertificate(read(data, TlsSecret.SERVER_CERT, PemText::certificate),
                read(data, TlsSecret.SERVER_KEY, PemText::privateKey));
        Optional<CertificateAuthority> authority = data.containsKey(TlsSecret.CA_KEY)
                ? Optional.of(new CertificateAuthority(ca, read(data, TlsSecret.CA_KEY, PemText::privateKey)))
                : Optional.empty();
        return new TlsMaterial(ca, authority, server);
    }

    /** The CA certificate as PEM text (public: written next to the openrc file). */
    public String caCertificatePem() {
        return PemText.of(caCertificate);
    }

    private static <T> T read(Map<String, String> data, String key, Function<String, T> parse) {
        String value = data == null ? null : data.get(key);
        if (value == null) {
            throw new IllegalArgumentException("no " + key);
        }
        try {
            return parse.apply(new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
        }
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "TlsMaterial[CA " + caCertificate.getSubjectX500Principal() + (authority.isPresent() ? " with key" : "")
                + ", " + server + "]";
    }
}
