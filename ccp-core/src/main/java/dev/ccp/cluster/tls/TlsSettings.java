package dev.ccp.cluster.tls;

import dev.ccp.dsl.config.CcpConfig;
import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import dev.ccp.renderer.TlsSecret;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code security.tls} settings of the merged configs and secret configs.
 *
 * @param createCertificates {@code create_certificates}: the environment gets a TLS Secret
 * @param validity           {@code validity_days} (default 3650) of a certificate ccp makes
 * @param supplied           the operator's own {@code ca_cert}, {@code server_cert} and
 *                           {@code server_key} (all three or none), used instead of generated ones
 */
public record TlsSettings(boolean createCertificates, Duration validity, Optional<TlsMaterial> supplied) {

    static final int DEFAULT_VALIDITY_DAYS = 3650;
    private static final String PREFIX = "secret_configs.security.tls.";
    private static final List<String> SUPPLIED_KEYS = List.of("ca_cert", "server_cert", "server_key");

    public TlsSettings {
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(supplied, "supplied");
    }

    /**
     * @throws InvalidInputException naming every bad key: a validity that is not a whole number of
     *         days >= 1, supplied material that is incomplete or not readable PEM
     */
    public static TlsSettings from(CcpConfig config) {
        boolean create = TlsSecret.createsCertificates(config);
        Map<?, ?> tls = TlsSecret.tlsSection(config).orElse(Map.of());
        List<Problem> problems = new ArrayList<>();
        Duration validity = Duration.ofDays(validityDays(tls.get("validity_days"), problems));
        Optional<TlsMaterial> supplied = create ? supplied(tls, problems) : Optional.empty();
        InvalidInputException.throwIfAny("invalid security.tls settings", problems);
        return new TlsSettings(create, validity, supplied);
    }

    private static long validityDays(Object value, List<Problem> problems) {
        if (value == null) {
            return DEFAULT_VALIDITY_DAYS;
        }
        if (value instanceof Integer || value instanceof Long) {
            long days = ((Number) value).longValue();
            if (days >= 1) {
                return days;
            }
        }
        problems.add(Problem.at(null, PREFIX + "validity_days", "expected a whole number of days >= 1, found '" + value + "'"));
        return DEFAULT_VALIDITY_DAYS;
    }

    private static Optional<TlsMaterial> supplied(Map<?, ?> tls, List<Problem> problems) {
        List<String> given = SUPPLIED_KEYS.stream().filter(key -> tls.get(key) != null).toList();
        if (given.isEmpty()) {
            return Optional.empty();
        }
        if (given.size() < SUPPLIED_KEYS.size()) {
            SUPPLIED_KEYS.stream().filter(key -> !given.contains(key)).forEach(key -> problems.add(Problem.at(null,
                    PREFIX + key, "missing: the operator's own TLS material needs ca_cert, server_cert and server_key"
                            + " (or none of them, to have ccp create it)")));
            return Optional.empty();
        }
        Optional<X509Certificate> ca = parsed(tls, "ca_cert", PemText::certificate, problems);
        Optional<X509Certificate> server = parsed(tls, "server_cert", PemText::certificate, problems);
        Optional<PrivateKey> key = parsed(tls, "server_key", PemText::privateKey, problems);
        if (ca.isEmpty() || server.isEmpty() || key.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TlsMaterial(ca.get(), Optional.empty(), new ServerCertificate(server.get(), key.get())));
    }

    private static <T> Optional<T> parsed(Map<?, ?> tls, String key, Function<String, T> parse, List<Problem> problems) {
        try {
            return Optional.of(parse.apply(tls.get(key).toString()));
        } catch (IllegalArgumentException e) {
            problems.add(Problem.at(null, PREFIX + key, e.getMessage()));
            return Optional.empty();
        }
    }
}
