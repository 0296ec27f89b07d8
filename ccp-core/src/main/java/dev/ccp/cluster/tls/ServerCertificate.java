package dev.ccp.cluster.tls;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A server certificate and its key. {@link #toString()} never shows the key.
 *
 * @param certificate the certificate, whose subject alternative names are the DNS names it is valid for
 * @param key         its private key
 */
public record ServerCertificate(X509Certificate certificate, PrivateKey key) {

    private static final int DNS_NAME = 2;

    public ServerCertificate {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(key, "key");
    }

    /** The DNS names of the subject alternative names, sorted. */
    public SortedSet<String> dnsNames() {
        SortedSet<String> names = new TreeSet<>();
        try {
            Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
            if (alternatives != null) {
                for (List<?> name : alternatives) {
                    if (name.size() == 2 && Integer.valueOf(DNS_NAME).equals(name.get(0))) {
                        names.add(name.get(1).toString());
                    }
                }
            }
        } catch (CertificateParsingException e) {
            return names;
        }
        return names;
    }

    /** The names of {@code wanted} the certificate is not valid for (exact names, no wildcard matching). */
    public SortedSet<String> missing(Set<String> wanted) {
        SortedSet<String> missing = new TreeSet<>(wanted);
        missing.removeAll(dnsNames());
        return missing;
    }

    /** True when {@code authority} signed the certificate. */
    public boolean issuedBy(X509Certificate authority) {
        try {
            certificate.verify(authority.getPublicKey());
            return certificate.getIssuerX500Principal().equals(authority.getSubjectX500Principal());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** True when the key belongs to the certificate. */
    public boolean keyMatches() {
        return KeyPairs.match(certificate.getPublicKey(), key);
    }


    @Override
    public String toString() {
        return "ServerCertificate[" + certificate.getSubjectX500Principal() + ", names " + dnsNames() + ", until "
                + certificate.getNotAfter().toInstant() + "]";
    }
}
