package dev.ccp.entrypoint.etcd;

import dev.ccp.dsl.jinja.JinjaDialect;
import dev.ccp.dsl.jinja.RenderOptions;
import dev.ccp.dsl.jinja.TemplateSource;
import dev.ccp.dsl.jinja.python.PythonTruth;
import dev.ccp.dsl.problem.CcpException;
import dev.ccp.dsl.yaml.PlainValues;
import dev.ccp.entrypoint.AgentEnvironment;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where and how the agent reaches etcd (REFERENCE 8.5).
 *
 * @param endpoints the client URLs
 * @param caFile    the CA to trust when TLS is on; empty for plain http
 * @param retry     attempts and delay for every call
 */
public record EtcdSettings(List<URI> endpoints, Optional<Path> caFile, EtcdRetry retry) {

    /** Roles that run next to etcd and talk to the local member. */
    private static final Set<String> LOCAL_ROLES = Set.of("etcd", "etcd-leader-elector", "etcd-watcher");

    public EtcdSettings {
        endpoints = List.copyOf(endpoints);
        if (endpoints.isEmpty()) {
            throw new IllegalArgumentException("no etcd endpoints");
        }
        Objects.requireNonNull(caFile, "caFile");
        Objects.requireNonNull(retry, "retry");
    }

    /**
     * The settings from the container's variables: {@code CCP_ETCD_ENDPOINTS} when set, else
     * {@code address('etcd')} (the local member for the etcd roles) on {@code etcd.client_port.cont};
     * https with the CA when {@code etcd.tls.enabled}; {@code etcd.connection_attempts} and
     * {@code etcd.connection_delay} for retries.
     */
    public static EtcdSettings from(Map<String, Object> variables, AgentEnvironment environment) {
        boolean tls = PythonTruth.isTrue(value(variables, "etcd", "tls", "enabled"));
        EtcdRetry retry = new EtcdRetry(
                integer(variables, EtcdRetry.DEFAULT.attempts(), "etcd", "connection_attempts"),
                Duration.ofMillis(Math.round(number(variables, 5, "etcd", "connection_delay") * 1000)),
                EtcdRetry.DEFAULT.callTimeout());
        Optional<Path> caFile = tls ? Optional.of(environment.tlsCaFile()) : Optional.empty();
        if (environment.etcdEndpoints().isPresent()) {
            List<URI> uris = Arrays.stream(environment.etcdEndpoints().get().split(","))
                    .map(String::trim).filter(s -> !s.isEmpty()).map(URI::create).toList();
            return new EtcdSettings(uris, caFile, retry);
        }
        Object port = value(variables, "etcd", "client_port", "cont");
        if (port == null) {
            throw new CcpException("etcd.client_port.cont is not set, and CCP_ETCD_ENDPOINTS neither");
        }
        String role = String.valueOf(variables.get("role_name"));
        String host;
        String scheme = tls ? "https" : "http";
        if (LOCAL_ROLES.contains(role)) {
            if (tls) {
                host = "127.0.0.1";
                scheme = "http";
                caFile = Optional.empty();
            } else {
                Object address = value(variables, "network_topology", "private", "address");
                host = address == null ? "127.0.0.1" : address.toString();
            }
        } else {
            host = JinjaDialect.standard().render(TemplateSource.of("etcd address", "{{ address('etcd') }}"),
                    variables, RenderOptions.lenient());
        }
        return new EtcdSettings(List.of(URI.create(scheme + "://" + host + ":" + port)), caFile, retry);
    }

    private static Object value(Map<String, Object> variables, String... keys) {
        Object current = variables;
        for (String key : keys) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }

    private static int integer(Map<String, Object> variables, int fallback, String... keys) {
        Object value = value(variables, keys);
        Integer number = PlainValues.integerOrNull(value);
        return number == null ? fallback : number;
    }

    private static double number(Map<String, Object> variables, double fallback, String... keys) {
        Object value = value(variables, keys);
        return value instanceof Number n ? n.doubleValue() : fallback;
    }
}
