package dev.ccp.dsl.service;

import dev.ccp.dsl.yaml.PlainValues;
import java.util.Map;

/**
 * Free-form annotations of a service ({@code service.annotations}), kept as written.
 *
 * @param pod     annotations for the pods; empty when not given
 * @param service annotations for the Kubernetes Service; empty when not given
 */
public record Annotations(Map<String, Object> pod, Map<String, Object> service) {

    public static final Annotations NONE = new Annotations(Map.of(), Map.of());

    public Annotations {
        pod = PlainValues.immutableMap(pod);
        service = PlainValues.immutableMap(service);
    }
}
