package dev.ccp.dsl.workflow;

import java.util.List;

/**
 * What the in-container agent does for one role (REFERENCE 4.5): the entry {@code <role>} of the
 * {@code <svc>-role} ConfigMap, read back from {@code /etc/ccp/role/<role>.json}. A container
 * runs a {@link DaemonWorkflow}, a single job a {@link JobWorkflow}.
 */
public sealed interface Workflow permits DaemonWorkflow, JobWorkflow {

    /** {@code <service>/<container or job>}: the name the agent publishes its etcd keys under. */
    String name();

    /** What must be ready first ({@code service/container[:local]}), in order. */
    List<String> dependencies();

    /** The files to render before anything runs, sorted by file key; empty for none. */
    List<WorkflowFile> files();
}
