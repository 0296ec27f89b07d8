package dev.ccp.harness;

import java.nio.file.Path;

/** A host file or directory bind-mounted into a container. */
public record Mount(Path source, String target, boolean readOnly) {
}
