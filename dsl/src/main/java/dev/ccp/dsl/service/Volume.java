package dev.ccp.dsl.service;

import java.util.Objects;

/**
 * A volume of a container ({@code containers[].volumes[]}).
 *
 * @param name      the volume name
 * @param type      host path or empty dir
 * @param path      the host path (host) and the default mount path
 * @param mountPath the mount path inside the container, null when not given
 * @param readOnly  mount read-only
 */
public record Volume(String name, VolumeType type, String path, String mountPath, boolean readOnly) {

    public Volume {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(path, "path");
    }

    /** Where the volume is mounted: {@code mount-path} if given, else {@code path}. */
    public String effectiveMountPath() {
        return mountPath != null ? mountPath : path;
    }
}
