package dev.ccp.dsl.workflow;

import java.util.List;
import java.util.Objects;

/**
 * The workflow of a single job (a pre or post command of type {@code single}, run as a Job).
 *
 * @param name         {@code <service>/<job>}
 * @param dependencies the job's resolved dependencies; a post job also waits for its container
 *                     ({@code <service>/<container>}, last)
 * @param job          the command
 * @param files        the job's files, sorted by key
 */
public record JobWorkflow(String name, List<String> dependencies, WorkflowCommand job, List<WorkflowFile> files)
        implements Workflow {

    public JobWorkflow {
        Objects.requireNonNull(name, "name");
        dependencies = List.copyOf(dependencies);
        Objects.requireNonNull(job, "job");
        files = List.copyOf(files);
    }
}
