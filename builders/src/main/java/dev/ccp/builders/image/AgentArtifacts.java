package dev.ccp.builders.image;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The in-container agent as the builder puts it into the base image: the shaded jar and its
 * launcher script. A Dockerfile asks for them with {@code {{ ccp_agent() }}}, which copies both
 * into the build context (and the content hash) and returns the {@code COPY} lines.
 *
 * @param jar      {@code ccp-entrypoint.jar}
 * @param launcher the {@code ccp-entrypoint} script
 */
public record AgentArtifacts(Path jar, Path launcher) {

    /** Where the jar goes in the image. */
    public static final String JAR_IN_IMAGE = "/opt/ccp/lib/ccp-entrypoint.jar";
    /** Where the launcher goes in the image: what every container runs. */
    public static final String LAUNCHER_IN_IMAGE = "/opt/ccp/bin/ccp-entrypoint";

    public AgentArtifacts {
        Objects.requireNonNull(jar, "jar");
        Objects.requireNonNull(launcher, "launcher");
    }

    /** The agent of a ccp source tree or installation at {@code ccpHome}. */
    public static AgentArtifacts under(Path ccpHome) {
        return new AgentArtifacts(ccpHome.resolve("entrypoint/target/ccp-entrypoint.jar"),
                ccpHome.resolve("entrypoint/src/main/sh/ccp-entrypoint"));
    }

    /** Build-context name to file. */
    public Map<String, Path> contextFiles() {
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("ccp-entrypoint.jar", jar);
        files.put("ccp-entrypoint", launcher);
        return files;
    }

    /** What {@code ccp_agent()} renders into the Dockerfile. */
    public static String dockerfileLines() {
        return "COPY ccp-entrypoint.jar " + JAR_IN_IMAGE + "\nCOPY ccp-entrypoint " + LAUNCHER_IN_IMAGE;
    }
}
