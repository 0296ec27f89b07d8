package dev.ccp.builders.run;

import dev.ccp.builders.engine.RegistryCredentials;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How a build run behaves.
 *
 * @param workers      images built at once (1 = serial)
 * @param noCache      rebuild even when the content hash is present, without the layer cache
 * @param push         push to {@code registry}
 * @param registry     {@code host:port}, empty for none
 * @param credentials  the registry login, if any
 * @param buildArgs    build arguments for every image (the proxy variables)
 * @param logDir       where each image's full log is written ({@code <image>.log})
 * @param workDir      where build contexts and source clones go
 * @param pushAttempts how many times a push is tried
 * @param pushBackoff  the wait before the second attempt, doubled for each further one
 */
public record BuildSettings(int workers, boolean noCache, boolean push, String registry,
        Optional<RegistryCredentials> credentials, Map<String, String> buildArgs, Path logDir, Path workDir,
        int pushAttempts, Duration pushBackoff) {

    public BuildSettings {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        if (pushAttempts < 1) {
            throw new IllegalArgumentException("pushAttempts must be at least 1, got " + pushAttempts);
        }
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(credentials, "credentials");
        buildArgs = Collections.unmodifiableMap(new TreeMap<>(buildArgs));
        Objects.requireNonNull(logDir, "logDir");
        Objects.requireNonNull(workDir, "workDir");
        Objects.requireNonNull(pushBackoff, "pushBackoff");
    }

    /** The proxy variables of {@code environment} that are set, as build arguments (issue 5 point 9). */
    public static Map<String, String> proxyBuildArgs(Map<String, String> environment) {
        Map<String, String> args = new TreeMap<>();
        for (String name : new String[] {"HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "no_proxy"}) {
            String value = environment.get(name);
            if (value != null && !value.isEmpty()) {
                args.put(name, value);
            }
        }
        return args;
    }
}
