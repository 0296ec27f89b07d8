package dev.ccp.renderer;

import dev.ccp.dsl.service.Command;
import dev.ccp.dsl.service.ServiceDefinition;
import java.util.Optional;

/**
 * The {@code topology_key} of a single job: the service whose nodes the job runs on instead of
 * the {@code _ccp_jobs} nodes (REFERENCE 4.7). A seam until the service-definition records carry
 * the key themselves.
 */
@FunctionalInterface
public interface JobTopologyKeys {

    /** No job names a topology key: every Job runs on the {@code _ccp_jobs} nodes. */
    JobTopologyKeys NONE = (definition, job) -> Optional.empty();

    /** The topology key {@code job} of {@code definition} names, if any. */
    Optional<String> of(ServiceDefinition definition, Command job);
}
