package dev.ccp.builders.engine;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One image build.
 *
 * @param contextDir the build context, holding {@code Dockerfile}
 * @param reference  the tag to give the image
 * @param labels     labels added to the image
 * @param buildArgs  {@code --build-arg}s
 * @param noCache    build without the layer cache
 */
public record BuildRequest(Path contextDir, String reference, Map<String, String> labels, Map<String, String> buildArgs,
        boolean noCache) {

    public BuildRequest {
        Objects.requireNonNull(contextDir, "contextDir");
        Objects.requireNonNull(reference, "reference");
        labels = Collections.unmodifiableMap(new TreeMap<>(labels));
        buildArgs = Collections.unmodifiableMap(new TreeMap<>(buildArgs));
    }
}
