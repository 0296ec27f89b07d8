package dev.ccp.renderer;

import dev.ccp.dsl.jinja.python.PythonJson;
import java.util.Map;
import java.util.TreeMap;

/**
 * Annotations as definitions write them ({@code annotations.pod}, {@code annotations.service}):
 * Kubernetes wants text, so numbers and booleans become their text and mappings compact JSON.
 */
final class AnnotationValues {

    private AnnotationValues() {
    }

    static Map<String, String> texts(Map<String, Object> annotations) {
        Map<String, String> texts = new TreeMap<>();
        annotations.forEach((key, value) -> texts.put(key, text(value)));
        return texts;
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Map<?, ?> map) {
            return PythonJson.mapping(map);
        }
        return String.valueOf(value);
    }
}
