package dev.ccp.entrypoint.variables;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the mounted configuration lives inside a container (REFERENCE 4.3, 8.1): the renderer
 * mounts every ConfigMap under one root, {@code /etc/ccp} unless {@code CCP_ETC_DIR} says otherwise.
 *
 * @param root the directory holding {@code globals/}, {@code role/}, {@code files/} and the rest
 */
public record EtcLayout(Path root) {

    public EtcLayout {
        Objects.requireNonNull(root, "root");
    }

    public Path globals() {
        return root.resolve("globals/globals.json");
    }

    public Path globalSecrets() {
        return root.resolve("global-secrets/global-secrets.json");
    }

    public Path serviceConfig() {
        return root.resolve("service-config/service-config.json");
    }

    public Path nodesConfig() {
        return root.resolve("nodes-config/nodes-config.json");
    }

    public Path meta() {
        return root.resolve("meta/meta.json");
    }

    /** The workflow JSON of {@code role}. */
    public Path role(String role) {
        return root.resolve("role").resolve(role + ".json");
    }

    /** The templates of the container's files, one per file key. */
    public Path files() {
        return root.resolve("files");
    }

    /** The shared macro files ({@code exports/}). */
    public Path exports() {
        return root.resolve("exports");
    }
}
