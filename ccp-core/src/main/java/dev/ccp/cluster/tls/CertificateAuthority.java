package dev.ccp.cluster.tls;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.SortedSet;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * An environment's certificate authority: a self-signed CA certificate and its key, which
 * issues the server certificate. RSA 2048 keys and SHA-256 signatures (what the original's
 * certificate tooling used), made with the JDK's providers; BouncyCastle only builds the X.509
 * structures. {@link #toString()} never shows the key.
 */
public record CertificateAuthority(X509Certificate certificate, PrivateKey key) {

    private static final String SIGNATURE = "SHA256withRSA";
    private static final int KEY_BITS = 2048;
    private static final SecureRandom RANDOM = new SecureRandom();

    public CertificateAuthority {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(key, "key");
    }

    /** A new CA called {@code commonName}, valid from {@code notBefore} until {@code notAfter}. */
    public static CertificateAuthority create(String commonName, Instant notBefore, Instant notAfter) {
        return create(commonName, notBefore, notAfter, newKeyPair());
    }

    /** A new CA with the key {@code pair} (from {@link #newKeyPair}). */
    static CertificateAuthority create(String commonName, Instant notBefore, Instant notAfter, KeyPair pair) {
        X500Principal subject = new X500Principal("CN=" + commonName);
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial(), Date.from(notBefore),
                    Date.from(notAfter), subject, pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(pair.getPublic()));
            return new CertificateAuthority(sign(builder, pair.getPrivate()), pair.getPrivate());
        } catch (CertIOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot build a CA certificate", e);
        }
    }

    /**
     * A server certificate signed by this CA for {@code dnsNames} (also usable as a client
     * certificate, as etcd peers need), valid from {@code notBefore} until {@code notAfter}.
     */
    public ServerCertificate issue(String commonName, SortedSet<String> dnsNames, Instant notBefore, Instant notAfter) {
        return issue(commonName, dnsNames, notBefore, notAfter, newKeyPair());
    }

    /** A server certificate for the key {@code pair} (from {@link #newKeyPair}). */
    ServerCertificate issue(String commonName, SortedSet<String> dnsNames, Instant notBefore, Instant notAfter,
            KeyPair pair) {
        GeneralNames names = new GeneralNames(dnsNames.stream().map(n -> new GeneralName(GeneralName.dNSName, n))
                .toArray(GeneralName[]::new));
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(certificate.getSubjectX500Principal(),
                    serial(), Date.from(notBefore), Date.from(notAfter), new X500Principal("CN=" + commonName),
                    pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment))
                    .addExtension(Extension.extendedKeyUsage, false,
                            new ExtendedKeyUsage(new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}))
                    .addExtension(Extension.subjectAlternativeName, false, names)
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(pair.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(certificate));
            return new ServerCertificate(sign(builder, key), pair.getPrivate());
        } catch (CertIOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot build a server certificate", e);
        }
    }


    /** True when the certificate says it is a CA and {@code key} belongs to it. */
    public boolean isUsable() {
        return certificate.getBasicConstraints() >= 0 && KeyPairs.match(certificate.getPublicKey(), key);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey signer) throws GeneralSecurityException {
        try {
            String algorithm = signer.getAlgorithm().equals("EC") ? "SHA256withECDSA" : SIGNATURE;
            return new JcaX509CertificateConverter().getCertificate(builder.build(
                    new JcaContentSignerBuilder(algorithm).build(signer)));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("cannot sign with " + signer.getAlgorithm(), e);
        }
    }

    /** A new RSA key pair of the size ccp uses. */
    static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_BITS, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is part of every Java runtime", e);
        }
    }

    /** A random positive 127-bit serial number, unique in practice. */
    private static BigInteger serial() {
        return new BigInteger(127, RANDOM).add(BigInteger.ONE);
    }

    @Override
    public String toString() {
        return "CertificateAuthority[" + certificate.getSubjectX500Principal() + ", until "
                + certificate.getNotAfter().toInstant() + "]";
    }
}
