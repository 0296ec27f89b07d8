package dev.ccp.renderer;

import dev.ccp.dsl.config.ConfigMerger;
import dev.ccp.dsl.jinja.python.PythonJson;
import dev.ccp.dsl.service.SecretSpec;
import dev.ccp.dsl.workflow.WorkflowJson;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ConfigMaps and Secrets of one service (REFERENCE 4.2 a to e): {@code <svc>-files},
 * {@code <svc>-meta}, {@code <svc>-service-config}, the definition's Secrets and
 * {@code <svc>-role}.
 */
final class ServiceConfigObjects {

    private final Map<String, Object> servicesSection;
    private final String importHeader;

    /**
     * @param servicesSection the configuration's {@code services} section (service-level configs)
     * @param importHeader    the exports' import statements, prepended to every file template
     */
    ServiceConfigObjects(Map<String, Object> servicesSection, String importHeader) {
        this.servicesSection = servicesSection;
        this.importHeader = importHeader;
    }

    /** Every file template of the definition, headed by the imports, plus the empty {@code placeholder}. */
    ConfigMap files(ServiceUnit unit) {
        Map<String, String> data = new TreeMap<>();
        unit.templates().forEach((key, text) -> data.put(key, importHeader + text));
        data.put(ObjectNames.PLACEHOLDER, "");
        return ConfigObjects.configMap(unit.objectName(ObjectNames.FILES), data);
    }

    /** {@code {"host-net": <hostNetwork>, "service-name": <svc>}}. */
    ConfigMap meta(ServiceUnit unit) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("host-net", unit.service().hostNetwork());
        meta.put("service-name", unit.name());
        return ConfigObjects.configMap(unit.objectName(ObjectNames.META),
                Map.of(ObjectNames.META, PythonJson.mapping(meta)));
    }

    /** The service-level configs (REFERENCE 2.3 step 7), {@code {}} when none. */
    ConfigMap serviceConfig(ServiceUnit unit) {
        Map<String, Object> configs = ConfigMerger.serviceConfigs(servicesSection, unit.name());
        return ConfigObjects.configMap(unit.objectName(ObjectNames.SERVICE_CONFIG),
                Map.of(ObjectNames.SERVICE_CONFIG, PythonJson.mapping(configs)));
    }

    /**
     * One Secret per entry of the definition's {@code secrets}: its type (Opaque by default) and
     * its {@code data}, copied as written: like Kubernetes' own {@code data}, the values are base64.
     */
    List<Secret> secrets(ServiceUnit unit) {
        return unit.definition().secrets().values().stream().map(ServiceConfigObjects::secret).toList();
    }

    /** One key per container and single job: its workflow JSON. */
    ConfigMap role(ServiceUnit unit) {
        Map<String, String> data = new TreeMap<>();
        unit.workflows().forEach((role, workflow) -> data.put(role, WorkflowJson.write(workflow)));
        return ConfigObjects.configMap(unit.objectName(ObjectNames.ROLE), data);
    }

    private static Secret secret(SecretSpec spec) {
        String type = spec.type() != null ? spec.type() : ConfigObjects.OPAQUE;
        return ConfigObjects.encodedSecret(spec.secret().secretName(), type, spec.data());
    }
}
