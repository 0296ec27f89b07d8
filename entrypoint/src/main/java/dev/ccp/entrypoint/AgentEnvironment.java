package dev.ccp.entrypoint;

import dev.ccp.dsl.problem.CcpException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the agent takes from its environment variables.
 *
 * @param etcDir             the mounted configuration ({@code CCP_ETC_DIR}, default {@code /etc/ccp})
 * @param runDir             where readiness files go ({@code CCP_RUN_DIR}, default {@code /run/ccp});
 *                           the file of a role is {@code <runDir>/ready/<role>}
 * @param nodeName           {@code CCP_NODE_NAME}; null when unset
 * @param podName            {@code CCP_POD_NAME}; null when unset
 * @param memoryLimit        {@code MEMORY_LIMIT} as text; null when unset
 * @param cpuLimit           {@code CPU_LIMIT} as text; null when unset
 * @param gateTimeout        the overall deadline for waiting on dependencies ({@code CCP_GATE_TIMEOUT}:
 *                           seconds, or a number with {@code s}/{@code m}/{@code h}; default 30 minutes)
 * @param etcdEndpoints      {@code CCP_ETCD_ENDPOINTS} (comma separated URLs) overriding the address
 *                           from the configuration; empty when unset
 * @param tlsCaFile          the CA file ({@code CCP_TLS_CA}, default {@code /opt/ccp/etc/tls/ca.pem})
 * @param readinessInterval  how often the agent checks readiness ({@code CCP_READINESS_INTERVAL}, default 5 s)
 */
public record AgentEnvironment(Path etcDir, Path runDir, String nodeName, String podName, String memoryLimit,
        String cpuLimit, Duration gateTimeout, Optional<String> etcdEndpoints, Path tlsCaFile,
        Duration readinessInterval) {

    public static final Duration DEFAULT_GATE_TIMEOUT = Duration.ofMinutes(30);
    public static final Duration DEFAULT_READINESS_INTERVAL = Duration.ofSeconds(5);
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");

    public AgentEnvironment {
        Objects.requireNonNull(etcDir, "etcDir");
        Objects.requireNonNull(runDir, "runDir");
        Objects.requireNonNull(gateTimeout, "gateTimeout");
        Objects.requireNonNull(etcdEndpoints, "etcdEndpoints");
        Objects.requireNonNull(tlsCaFile, "tlsCaFile");
        Objects.requireNonNull(readinessInterval, "readinessInterval");
    }

    /** The settings in {@code env} (usually {@link System#getenv()}). */
    public static AgentEnvironment from(Map<String, String> env) {
        return new AgentEnvironment(
                Path.of(env.getOrDefault("CCP_ETC_DIR", "/etc/ccp")),
                Path.of(env.getOrDefault("CCP_RUN_DIR", "/run/ccp")),
                env.get("CCP_NODE_NAME"),
                env.get("CCP_POD_NAME"),
                env.get("MEMORY_LIMIT"),
                env.get("CPU_LIMIT"),
                duration(env, "CCP_GATE_TIMEOUT", DEFAULT_GATE_TIMEOUT),
                Optional.ofNullable(env.get("CCP_ETCD_ENDPOINTS")).filter(s -> !s.isBlank()),
                Path.of(env.getOrDefault("CCP_TLS_CA", "/opt/ccp/etc/tls/ca.pem")),
                duration(env, "CCP_READINESS_INTERVAL", DEFAULT_READINESS_INTERVAL));
    }

    /** The readiness file of {@code role}: {@code <runDir>/ready/<role>}. */
    public Path readyFile(String role) {
        return runDir.resolve("ready").resolve(role);
    }

    /** Parses {@code 90}, {@code 90s}, {@code 500ms}, {@code 30m}, {@code 1h}. */
    static Duration parseDuration(String name, String text) {
        Matcher matcher = DURATION.matcher(text.trim());
        if (!matcher.matches()) {
            throw new CcpException(name + ": expected a duration such as 90, 90s, 30m or 1h, found '" + text + "'");
        }
        double amount = Double.parseDouble(matcher.group(1));
        String unit = matcher.group(2) == null ? "s" : matcher.group(2);
        double millis = switch (unit) {
            case "ms" -> amount;
            case "m" -> amount * 60_000;
            case "h" -> amount * 3_600_000;
            default -> amount * 1000;
        };
        return Duration.ofMillis(Math.round(millis));
    }

    private static Duration duration(Map<String, String> env, String name, Duration fallback) {
        String text = env.get(name);
        return text == null || text.isBlank() ? fallback : parseDuration(name, text);
    }
}
