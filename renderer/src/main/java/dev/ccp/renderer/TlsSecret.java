package dev.ccp.renderer;

import dev.ccp.dsl.config.CcpConfig;
import dev.ccp.dsl.jinja.python.PythonTruth;
import java.util.Map;
import java.util.Optional;

/**
 * The environment's TLS Secret ("Our decisions": TLS material generated per environment at the
 * first deploy, kept in a Secret, reused afterwards). The renderer only references it: every
 * container mounts it read-only at {@value #MOUNT_PATH}, where the original's images and agent
 * look for {@code ca.pem}, {@code server-cert.pem} and {@code server-key.pem}. The deploy creates
 * it (a {@code kubernetes.io/tls} Secret plus the CA), so a render stays offline and free of keys.
 */
public final class TlsSecret {

    /** The Secret's name in the environment's namespace (also the pods' volume name). */
    public static final String NAME = "ccp-tls";
    /** Where every container finds the files. */
    public static final String MOUNT_PATH = "/opt/ccp/etc/tls";
    /** The Secret type: {@code tls.crt} and {@code tls.key} required, further keys allowed. */
    public static final String TYPE = "kubernetes.io/tls";
    /** The server certificate (PEM), mounted as {@code server-cert.pem}. */
    public static final String SERVER_CERT = "tls.crt";
    /** The server key (PKCS#8 PEM), mounted as {@code server-key.pem}. */
    public static final String SERVER_KEY = "tls.key";
    /** The CA certificate (PEM), mounted as {@code ca.pem} (the agent's {@code CCP_TLS_CA}). */
    public static final String CA_CERT = "ca.crt";
    /** The CA key, kept to issue new server certificates; never mounted. */
    public static final String CA_KEY = "ca.key";

    /** Secret key to file name in {@link #MOUNT_PATH}, in mount order. */
    static final Map<String, String> MOUNTED_FILES = orderedFiles();

    private TlsSecret() {
    }

    /** {@code security.tls.create_certificates} (Python truth) of the merged configs and secret configs. */
    public static boolean createsCertificates(CcpConfig config) {
        return tlsSection(config).map(tls -> PythonTruth.isTrue(tls.get("create_certificates"))).orElse(false);
    }

    /** The {@code security.tls} mapping of the merged configs and secret configs, when there is one. */
    public static Optional<Map<?, ?>> tlsSection(CcpConfig config) {
        Map<String, Object> variables = config.renderContext();
        if (variables.get("security") instanceof Map<?, ?> security && security.get("tls") instanceof Map<?, ?> tls) {
            return Optional.of(tls);
        }
        return Optional.empty();
    }

    private static Map<String, String> orderedFiles() {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        files.put(CA_CERT, "ca.pem");
        files.put(SERVER_CERT, "server-cert.pem");
        files.put(SERVER_KEY, "server-key.pem");
        return java.util.Collections.unmodifiableMap(files);
    }
}
