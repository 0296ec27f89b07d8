package dev.ccp.builders.image;

import dev.ccp.dsl.config.CcpConfig;
import dev.ccp.dsl.config.ImagesConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables Dockerfiles are rendered with (REFERENCE 5 step 1): every {@code images} key,
 * with {@code namespace} prefixed by {@code registry.address} when one is set; every
 * {@code versions} key at top level; and {@code url}.
 */
public final class DockerfileVariables {

    private DockerfileVariables() {
    }

    public static Map<String, Object> from(CcpConfig config) {
        ImagesConfig images = config.images();
        String address = config.registry().address();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("namespace", address.isEmpty() ? images.namespace() : address + "/" + images.namespace());
        variables.put("tag", images.tag());
        variables.put("base_distro", images.baseDistro());
        variables.put("base_tag", images.baseTag());
        variables.put("base_images", images.baseImages());
        variables.put("maintainer", images.maintainer());
        Map<String, Object> specs = new LinkedHashMap<>();
        images.imageSpecs().forEach((name, spec) -> {
            Map<String, Object> values = new LinkedHashMap<>();
            spec.namespace().ifPresent(namespace -> values.put("namespace", namespace));
            spec.tag().ifPresent(tag -> values.put("tag", tag));
            specs.put(name, values);
        });
        variables.put("image_specs", specs);
        variables.putAll(config.versions());
        variables.put("url", config.url());
        return variables;
    }
}
