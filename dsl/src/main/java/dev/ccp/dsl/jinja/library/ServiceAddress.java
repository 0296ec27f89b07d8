package dev.ccp.dsl.jinja.library;

import dev.ccp.dsl.jinja.python.PythonStrings;
import dev.ccp.dsl.jinja.python.PythonTruth;
import dev.ccp.dsl.yaml.KeyPath;
import dev.ccp.dsl.yaml.PlainValues;
import java.util.Map;
import java.util.function.Function;

/**
 * CCP's {@code address(service, port=None, external=False, with_scheme=False)}: how one
 * service reaches another (REFERENCE 2.7). Reads {@code namespace}, {@code cluster_domain},
 * {@code ingress}, {@code k8s_external_ip}, {@code services} and
 * {@code <service prefix>.tls.enabled} from the template variables; the current service is
 * {@code _current_service} (CLI) or {@code service_name} (container agent).
 */
final class ServiceAddress {

    private final Function<String, Object> variables;

    ServiceAddress(Function<String, Object> variables) {
        this.variables = variables;
    }

    String address(String service, Map<?, ?> port, boolean external, boolean withScheme) {
        String prefix = service.split("-", 2)[0];
        String scheme = PythonTruth.isTrue(path(variables.apply(prefix), "tls", "enabled")) ? "https" : "http";
        String address = null;
        if (external) {
            if (!PythonTruth.isTrue(port)) {
                throw new IllegalArgumentException("Port config is required for external address");
            }
            Object ingress = variables.apply("ingress");
            if (PythonTruth.isTrue(path(ingress, "enabled")) && PythonTruth.isTrue(port.get("ingress"))) {
                scheme = "https";
                address = PythonStrings.str(port.get("ingress")) + "." + PythonStrings.str(path(ingress, "domain"))
                        + ":" + PythonStrings.str(path(ingress, "port"));
            } else if (PythonTruth.isTrue(port.get("node"))) {
                address = PythonStrings.str(required("k8s_external_ip")) + ":" + PythonStrings.str(port.get("node"));
            }
        }
        if (address == null) {
            address = resolveAlias(service) + "." + PythonStrings.str(required("namespace")) + ".svc."
                    + PythonStrings.str(required("cluster_domain"));
            if (PythonTruth.isTrue(port)) {
                address += ":" + PythonStrings.str(port.get("cont"));
            }
        }
        return withScheme ? scheme + "://" + address : address;
    }

    /** A service addressing itself by its definition name, or a name re-pointed by {@code mapping}. */
    private String resolveAlias(String service) {
        Object current = variables.apply("_current_service");
        if (!PythonTruth.isTrue(current)) {
            current = variables.apply("service_name");
        }
        if (!(current instanceof CharSequence)) {
            return service;
        }
        Object settings = path(variables.apply("services"), current.toString());
        if (service.equals(path(settings, "service_def"))) {
            return current.toString();
        }
        Object mapped = path(settings, "mapping", service);
        return mapped instanceof CharSequence ? mapped.toString() : service;
    }

    private Object required(String name) {
        Object value = variables.apply(name);
        if (value == null) {
            throw new IllegalArgumentException("address(): variable '" + name + "' is not set");
        }
        return value;
    }

    private static Object path(Object value, String... keys) {
        return PlainValues.valueAt(value, KeyPath.of(keys)).orElse(null);
    }
}
