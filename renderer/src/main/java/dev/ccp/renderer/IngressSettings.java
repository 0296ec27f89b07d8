package dev.ccp.renderer;

import dev.ccp.dsl.jinja.python.PythonTruth;
import java.util.Map;

/**
 * The {@code configs.ingress} section: whether services get Ingress objects and the domain their
 * hosts end with.
 *
 * @param enabled {@code configs.ingress.enabled} (Python truth)
 * @param domain  {@code configs.ingress.domain}
 */
record IngressSettings(boolean enabled, String domain) {

    static IngressSettings from(Map<String, Object> configs) {
        if (!(configs.get("ingress") instanceof Map<?, ?> ingress)) {
            return new IngressSettings(false, "");
        }
        Object domain = ingress.get("domain");
        return new IngressSettings(PythonTruth.isTrue(ingress.get("enabled")), domain == null ? "" : domain.toString());
    }

    /** {@code <prefix>.<domain>}. */
    String host(String prefix) {
        return prefix + "." + domain;
    }
}
