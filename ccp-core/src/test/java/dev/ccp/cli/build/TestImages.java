package dev.ccp.cli.build;

import dev.ccp.builders.engine.DockerJavaEngine;
import java.time.Duration;

/** Removes images a test created, through the same engine the builder uses. */
final class TestImages {

    private TestImages() {
    }

    static void remove(String reference) {
        try (DockerJavaEngine engine = DockerJavaEngine.connect("unix:///var/run/docker.sock", Duration.ofSeconds(30))) {
            engine.remove(reference);
        }
    }
}
