package dev.ccp.renderer;

/**
 * The volumes every ccp pod has, mounted under {@code /etc/ccp/<name>} in this order (the
 * original's layout without its start-script volume: the agent is part of the image).
 */
enum ReservedVolume {
    GLOBALS("globals"),
    GLOBAL_SECRETS("global-secrets"),
    ROLE("role"),
    META("meta"),
    EXPORTS("exports"),
    FILES("files"),
    NODES_CONFIG("nodes-config"),
    SERVICE_CONFIG("service-config");

    private static final String BASE = "/etc/ccp/";

    private final String volumeName;

    ReservedVolume(String volumeName) {
        this.volumeName = volumeName;
    }

    String volumeName() {
        return volumeName;
    }

    String mountPath() {
        return BASE + volumeName;
    }
}
