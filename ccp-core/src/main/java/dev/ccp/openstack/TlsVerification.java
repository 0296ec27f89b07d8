package dev.ccp.openstack;

import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * How the certificates of the OpenStack APIs are checked: against the JDK's trusted authorities,
 * against given CA certificates only, or not at all ({@code --insecure}: neither the chain nor the
 * host name).
 */
public final class TlsVerification {

    private enum Mode { SYSTEM, CERTIFICATES, NONE }

    private final Mode mode;
    private final List<X509Certificate> authorities;
    private final String description;

    private TlsVerification(Mode mode, List<X509Certificate> authorities, String description) {
        this.mode = mode;
        this.authorities = List.copyOf(authorities);
        this.description = description;
    }

    /** The JDK's trusted certificate authorities. */
    public static TlsVerification system() {
        return new TlsVerification(Mode.SYSTEM, List.of(), "the JDK's trusted certificate authorities");
    }

    /**
     * Only the CA certificates in {@code pem} (one or more PEM blocks) are trusted.
     *
     * @param source where the text comes from, for messages
     * @throws IllegalArgumentException when the text holds no certificate
     */
    public static TlsVerification trusting(String pem, String source) {
        return new TlsVerification(Mode.CERTIFICATES, parse(pem, source), "the CA certificate of " + source);
    }

    /** Nothing is verified. */
    public static TlsVerification insecure() {
        return new TlsVerification(Mode.NONE, List.of(), "nothing (insecure)");
    }

    /** What is trusted, for messages. */
    public String describe() {
        return description;
    }

    public SSLContext sslContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            switch (mode) {
                case SYSTEM -> context.init(null, null, null);
                case CERTIFICATES -> context.init(null, trustManagers(authorities), null);
                case NONE -> context.init(null, new TrustManager[] {new TrustingEverything()}, null);
                default -> throw new IllegalStateException(mode.toString());
            }
            return context;
        } catch (GeneralSecurityException e) {
            throw new OpenStackException("cannot set up TLS: " + e.getMessage(), e);
        }
    }

    private static TrustManager[] trustManagers(List<X509Certificate> authorities) throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        try {
            store.load(null, null);
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException(e);
        }
        for (int i = 0; i < authorities.size(); i++) {
            store.setCertificateEntry("ca-" + i, authorities.get(i));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return factory.getTrustManagers();
    }

    private static List<X509Certificate> parse(String pem, String source) {
        try {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException(source + " holds no PEM certificate");
            }
            return certificates.stream().map(X509Certificate.class::cast).toList();
        } catch (CertificateException e) {
            throw new IllegalArgumentException(source + " is not a PEM certificate: " + e.getMessage(), e);
        }
    }

    /**
     * Accepts every chain. Being an extended trust manager, it also takes over the host name
     * check, which it skips.
     */
    private static final class TrustingEverything extends X509ExtendedTrustManager {

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
