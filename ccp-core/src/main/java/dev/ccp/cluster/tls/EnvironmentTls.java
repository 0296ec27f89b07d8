package dev.ccp.cluster.tls;

import dev.ccp.cluster.BoundedParallel;
import dev.ccp.cluster.ManagedKinds;
import dev.ccp.dsl.problem.CcpException;
import dev.ccp.renderer.TlsSecret;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

/**
 * Decides the content of the environment's TLS Secret ({@link TlsSecret#NAME}) at a deploy, from
 * what the cluster holds:
 * <ul>
 * <li>operator-supplied material ({@code security.tls.ca_cert}, ...) always wins;</li>
 * <li>no Secret yet: a new CA ({@code ccp <namespace> CA}) and a server certificate for the
 * environment's names;</li>
 * <li>a Secret whose server certificate still fits (signed by its CA, key matching, every name
 * covered, not ending soon ({@link #endsSoon})): reused byte for byte, so that an
 * unchanged re-deploy writes nothing;</li>
 * <li>otherwise, with the CA key at hand, a new server certificate from the same CA for the old
 * names plus the new ones (names never shrink, so partial deploys do not churn), or a new CA when
 * the CA itself ends soon;</li>
 * <li>a Secret without the CA key (not made by ccp) is never rewritten: reused, with a warning
 * when it does not fit; one that cannot be read stops the deploy.</li>
 * </ul>
 */
public final class EnvironmentTls {

    /** Certificates that expire within this period (or a third of their lifetime, if shorter) are replaced. */
    public static final Duration RENEW_BEFORE = Duration.ofDays(30);
    /** Certificates start to be valid a little before now, for clocks slightly behind. */
    private static final Duration BACKDATE = Duration.ofHours(1);

    private final Clock clock;
    private final TlsSettings settings;

    public EnvironmentTls(Clock clock, TlsSettings settings) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * @param names the DNS names the server certificate must cover ({@link SubjectNames})
     * @param live  the Secret the cluster holds, if any
     * @throws CcpException when the live Secret holds nothing readable
     */
    public TlsOutcome secret(String namespace, SortedSet<String> names, Optional<Secret> live) {
        if (settings.supplied().isPresent()) {
            TlsMaterial supplied = settings.supplied().get();
            return outcome(namespace, live, supplied, supplied.secretData(), TlsOutcome.Action.SUPPLIED, Optional.empty());
        }
        if (live.isEmpty()) {
            return outcome(namespace, live, create(namespace, names), TlsOutcome.Action.CREATED);
        }
        TlsMaterial current = read(namespace, live.get());
        Instant now = clock.instant();
        ServerCertificate server = current.server();
        SortedSet<String> missing = server.missing(names);
        boolean fits = missing.isEmpty() && !endsSoon(server.certificate(), now) && server.keyMatches()
                && server.issuedBy(current.caCertificate());
        boolean caFits = current.authority().map(ca -> !endsSoon(ca.certificate(), now)).orElse(true);
        if (fits && caFits) {
            return outcome(namespace, live, current, live.get().getData(), TlsOutcome.Action.REUSED, Optional.empty());
        }
        if (current.authority().isEmpty() || !current.authority().get().isUsable()) {
            String why = !missing.isEmpty() ? "it does not cover " + String.join(", ", missing)
                    : "it expires on " + server.certificate().getNotAfter().toInstant() + " or does not match its CA";
            return outcome(namespace, live, current, live.get().getData(), TlsOutcome.Action.REUSED,
                    Optional.of("the server certificate in Secret " + TlsSecret.NAME + " of " + namespace + " does not fit ("
                            + why + ") and ccp cannot issue a new one without the CA key (" + TlsSecret.CA_KEY
                            + "); replace the Secret, or delete it to have ccp create a CA"));
        }
        if (!caFits) {
            return outcome(namespace, live, create(namespace, names), TlsOutcome.Action.RENEWED);
        }
        SortedSet<String> all = new TreeSet<>(server.dnsNames());
        all.addAll(names);
        CertificateAuthority authority = current.authority().get();
        return outcome(namespace, live, TlsMaterial.of(authority, issue(authority, namespace, all)), TlsOutcome.Action.REISSUED);
    }

    /** True when {@code certificate} ends within {@link #RENEW_BEFORE} or a third of its lifetime, if shorter. */
    static boolean endsSoon(X509Certificate certificate, Instant now) {
        Instant start = certificate.getNotBefore().toInstant();
        Instant end = certificate.getNotAfter().toInstant();
        Duration third = Duration.between(start, end).dividedBy(3);
        Duration window = third.compareTo(RENEW_BEFORE) < 0 ? third : RENEW_BEFORE;
        return !end.minus(window).isAfter(now);
    }

    /** A new CA and server certificate; the two key pairs (the slow part) are made at the same time. */
    private TlsMaterial create(String namespace, SortedSet<String> names) {
        CompletableFuture<KeyPair> serverKey = new CompletableFuture<>();
        Thread generating = new Thread(() -> {
            try {
                serverKey.complete(CertificateAuthority.newKeyPair());
            } catch (RuntimeException | Error e) {
                serverKey.completeExceptionally(e);
            }
        }, "ccp-tls-key");
        generating.setDaemon(true);
        generating.start();
        Instant now = clock.instant();
        CertificateAuthority authority = CertificateAuthority.create("ccp " + namespace + " CA", now.minus(BACKDATE),
                now.plus(settings.validity()), CertificateAuthority.newKeyPair());
        return TlsMaterial.of(authority, issue(authority, namespace, names, BoundedParallel.join(serverKey)));
    }

    private ServerCertificate issue(CertificateAuthority authority, String namespace, SortedSet<String> names) {
        return issue(authority, namespace, names, CertificateAuthority.newKeyPair());
    }

    private ServerCertificate issue(CertificateAuthority authority, String namespace, SortedSet<String> names, KeyPair key) {
        Instant now = clock.instant();
        Instant notAfter = now.plus(settings.validity());
        Instant caEnd = authority.certificate().getNotAfter().toInstant();
        return authority.issue("ccp " + namespace, names, now.minus(BACKDATE), notAfter.isAfter(caEnd) ? caEnd : notAfter,
                key);
    }

    private static TlsMaterial read(String namespace, Secret live) {
        try {
            return TlsMaterial.fromSecretData(live.getData());
        } catch (IllegalArgumentException e) {
            throw new CcpException("Secret " + TlsSecret.NAME + " in " + namespace + " holds no usable TLS material ("
                    + e.getMessage() + "); fix it, or delete it (kubectl -n " + namespace + " delete secret "
                    + TlsSecret.NAME + ") to have ccp create a new CA at the next deploy", e);
        }
    }

    private TlsOutcome outcome(String namespace, Optional<Secret> live, TlsMaterial material, TlsOutcome.Action action) {
        return outcome(namespace, live, material, material.secretData(), action, Optional.empty());
    }

    private static TlsOutcome outcome(String namespace, Optional<Secret> live, TlsMaterial material, Map<String, String> data,
            TlsOutcome.Action action, Optional<String> warning) {
        Secret secret = new SecretBuilder()
                .withNewMetadata().withName(TlsSecret.NAME).withNamespace(namespace)
                .withLabels(new TreeMap<>(Map.of(ManagedKinds.CCP_LABEL, "true", ManagedKinds.ENVIRONMENT_LABEL, namespace)))
                .endMetadata()
                // The type of a Secret cannot change: keep the live one.
                .withType(live.map(Secret::getType).filter(type -> !type.isBlank()).orElse(TlsSecret.TYPE))
                .withData(new TreeMap<>(data))
                .build();
        return new TlsOutcome(secret, material, action, warning);
    }
}
