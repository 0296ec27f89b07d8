package dev.ccp.entrypoint.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * A test image like ccp's base image as far as the agent is concerned: Debian bookworm with a
 * JRE and tini, the agent jar at {@code /opt/ccp/lib/ccp-entrypoint.jar} and the launcher at
 * {@code /opt/ccp/bin/ccp-entrypoint}. The tag carries a hash of the jar, the launcher and the
 * Dockerfile, so an unchanged agent reuses the image and a new one builds a new image.
 */
public final class AgentTestImage {

    /** The repository part of the tag. */
    public static final String REPOSITORY = "ccp-entrypoint-e2e";

    static final String DOCKERFILE = """
            FROM debian:bookworm
            RUN apt-get update \\
             && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends openjdk-17-jre-headless tini \\
             && rm -rf /var/lib/apt/lists/*
            COPY ccp-entrypoint.jar /opt/ccp/lib/ccp-entrypoint.jar
            COPY ccp-entrypoint /opt/ccp/bin/ccp-entrypoint
            RUN chmod 0755 /opt/ccp/bin/ccp-entrypoint && install -d -m 1777 /opt/ccp/var/cds /run/ccp
            ENTRYPOINT ["/usr/bin/tini", "--", "/opt/ccp/bin/ccp-entrypoint"]
            """;

    private AgentTestImage() {
    }

    /**
     * The image's tag, built first when it does not exist yet.
     *
     * @param jar      the shaded agent jar ({@code entrypoint/target/ccp-entrypoint.jar})
     * @param launcher the launcher script ({@code entrypoint/src/main/sh/ccp-entrypoint})
     * @param context  an empty directory for the build context
     */
    public static String ensure(Path jar, Path launcher, Path context) {
        if (!Files.isRegularFile(jar)) {
            fail(jar + " is missing: build it with mvn -pl entrypoint -am package -DskipTests");
        }
        String tag = REPOSITORY + ":" + hash(jar, launcher);
        if (DockerCli.run(Duration.ofSeconds(20), List.of("image", "inspect", tag), null).code() == 0) {
            removeOlderTags(tag);
            return tag;
        }
        try {
            Files.createDirectories(context);
            Files.writeString(context.resolve("Dockerfile"), DOCKERFILE);
            Files.copy(jar, context.resolve("ccp-entrypoint.jar"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(launcher, context.resolve("ccp-entrypoint"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DockerCli.check(Duration.ofMinutes(10), context, "build", "--pull=false", "-t", tag, ".");
        removeOlderTags(tag);
        return tag;
    }

    /**
     * Removes the images of earlier agents (every jar build makes a new tag), so that repeated
     * test runs do not fill the disk; an image still used by a container stays.
     */
    private static void removeOlderTags(String current) {
        String listed = DockerCli.check(Duration.ofSeconds(30), "image", "ls", REPOSITORY, "--format", "{{.Repository}}:{{.Tag}}");
        for (String tag : listed.strip().split("\n")) {
            if (!tag.isBlank() && !tag.equals(current)) {
                DockerCli.run(Duration.ofSeconds(60), List.of("image", "rm", tag), null);
            }
        }
    }

    private static String hash(Path jar, Path launcher) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(DOCKERFILE.getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(launcher));
            digest.update(Files.readAllBytes(jar));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
