package dev.ccp.dsl.workflow;

import dev.ccp.dsl.service.Probe;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The workflow of a container: local pre commands, the daemon, local post commands.
 *
 * @param name         {@code <service>/<container>}
 * @param dependencies {@code <service>/<job>} for each single pre job of the container, then the
 *                     daemon's resolved dependencies
 * @param pre          the local pre commands, in order
 * @param daemon       the main process
 * @param post         the local post commands, in order
 * @param files        the daemon's files, sorted by key
 * @param readiness    the definition's readiness probe, checked by the agent; empty for none
 */
public record DaemonWorkflow(String name, List<String> dependencies, List<WorkflowCommand> pre,
        WorkflowCommand daemon, List<WorkflowCommand> post, List<WorkflowFile> files, Optional<Probe> readiness)
        implements Workflow {

    public DaemonWorkflow {
        Objects.requireNonNull(name, "name");
        dependencies = List.copyOf(dependencies);
        pre = List.copyOf(pre);
        Objects.requireNonNull(daemon, "daemon");
        post = List.copyOf(post);
        files = List.copyOf(files);
        Objects.requireNonNull(readiness, "readiness");
    }
}
