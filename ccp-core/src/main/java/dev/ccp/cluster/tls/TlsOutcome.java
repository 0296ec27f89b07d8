package dev.ccp.cluster.tls;

import io.fabric8.kubernetes.api.model.Secret;
import java.util.Objects;
import java.util.Optional;

/**
 * The environment's TLS Secret as the deploy should apply it, and how it came about.
 *
 * @param secret   the Secret to apply (its data is key material: never print it)
 * @param material what the Secret holds
 * @param action   reused, created, re-issued, renewed or supplied
 * @param warning  something the operator should know (a certificate ccp cannot re-issue)
 */
public record TlsOutcome(Secret secret, TlsMaterial material, Action action, Optional<String> warning) {

    /** How the Secret's content came about. */
    public enum Action {
        /** The live Secret still fits: applied unchanged. */
        REUSED,
        /** No Secret yet: a new CA and server certificate. */
        CREATED,
        /** The same CA issued a new server certificate (new names, or the old one expires soon). */
        REISSUED,
        /** The CA expires soon: a new CA and server certificate. */
        RENEWED,
        /** The operator's own material from {@code security.tls}. */
        SUPPLIED
    }

    public TlsOutcome {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(warning, "warning");
    }

    /** One line for the operator; never a key. */
    public String describe() {
        String where = "Secret " + secret.getMetadata().getName();
        String until = " (server certificate valid until " + material.server().certificate().getNotAfter().toInstant() + ")";
        return switch (action) {
            case REUSED -> "TLS: reused " + where;
            case CREATED -> "TLS: created a CA and a server certificate for " + material.server().dnsNames().size()
                    + " names in " + where + until;
            case REISSUED -> "TLS: issued a new server certificate with the environment's CA in " + where + until;
            case RENEWED -> "TLS: the CA expired or was about to: created a new CA and server certificate in " + where + until;
            case SUPPLIED -> "TLS: " + where + " holds the CA and server certificate of security.tls";
        };
    }
}
