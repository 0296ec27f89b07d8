package dev.ccp.dsl.config;

import dev.ccp.dsl.yaml.ConfigTree;
import dev.ccp.dsl.yaml.KeyPath;
import dev.ccp.dsl.yaml.Origin;
import dev.ccp.dsl.yaml.Origins;
import dev.ccp.dsl.yaml.YamlFileLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * The lowest configuration layer: the tool's built-in defaults (resource {@code defaults.yaml})
 * completed with what depends on the machine: {@code builder.workers} and
 * {@code repositories.clone_concurrency} (its CPU count) and the home directory in
 * {@code repositories.path}.
 */
public final class GlobalDefaults {

    private static final String RESOURCE = "defaults.yaml";
    private static final KeyPath REPOSITORIES_PATH = KeyPath.of("repositories", "path");

    private GlobalDefaults() {
    }

    /** The built-in defaults for {@code host}; every origin is {@value ConfigLayers#GLOBAL_DEFAULTS}. */
    public static ConfigTree load(HostEnvironment host) {
        Origin origin = Origin.builtIn(ConfigLayers.GLOBAL_DEFAULTS);
        ConfigTree resource = ConfigMerger.merge(new YamlFileLoader(ConfigLayers.GLOBAL_DEFAULTS)
                .parse(readResource(), Path.of(RESOURCE)));
        ConfigTree builtIn = new ConfigTree(resource.values(), resource.origins().mapped(o -> origin));
        ConfigTree machine = new ConfigTree(Map.of(
                "builder", Map.of("workers", host.cpuCount()),
                "repositories", Map.of("clone_concurrency", host.cpuCount())),
                Origins.builder()
                        .put(KeyPath.of("builder", "workers"), origin)
                        .put(KeyPath.of("repositories", "clone_concurrency"), origin)
                        .build());
        ConfigTree defaults = ConfigMerger.overlay(builtIn, machine);
        String path = (String) defaults.valueAt(REPOSITORIES_PATH).orElseThrow();
        return defaults.withValue(REPOSITORIES_PATH, host.expandHome(path));
    }

    private static String readResource() {
        try (InputStream in = GlobalDefaults.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the ccp jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
    }
}
