package dev.ccp.topology;

import java.util.List;

/**
 * Where the names of the Kubernetes nodes come from: the cluster's API, or the {@code --nodes}
 * flag for an offline dry run ({@link StaticNodes}).
 */
@FunctionalInterface
public interface NodeSource {

    /** The node names, in the order the source gives them. */
    List<String> nodeNames();
}
