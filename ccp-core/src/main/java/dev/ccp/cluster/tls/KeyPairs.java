package dev.ccp.cluster.tls;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;

/** Whether a private key belongs to a public key. */
final class KeyPairs {

    private KeyPairs() {
    }

    /** RSA: the same modulus; other algorithms: the same algorithm (no cheap check). */
    static boolean match(PublicKey publicKey, PrivateKey privateKey) {
        if (privateKey instanceof RSAPrivateCrtKey rsa && publicKey instanceof RSAPublicKey rsaPublic) {
            return rsa.getModulus().equals(rsaPublic.getModulus());
        }
        return publicKey.getAlgorithm().equals(privateKey.getAlgorithm());
    }
}
