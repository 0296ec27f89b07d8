package dev.ccp.dsl.workflow;

import dev.ccp.dsl.service.Command;
import dev.ccp.dsl.service.Container;
import dev.ccp.dsl.service.FileSpec;
import dev.ccp.dsl.service.ServiceDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Builds the workflows of a service definition (REFERENCE 4.5): one per container and one per
 * single job. Expects a validated definition with resolved dependencies.
 */
public final class WorkflowFactory {

    private WorkflowFactory() {
    }

    /**
     * The workflows by role name (the keys of the {@code <svc>-role} ConfigMap), in mount order:
     * each container, followed by its single pre jobs, then its single post jobs.
     *
     * @throws IllegalArgumentException when a command names a file the definition lacks (the
     *         validator reports that first)
     */
    public static Map<String, Workflow> workflows(ServiceDefinition definition) {
        String service = definition.name();
        Map<String, Workflow> workflows = new LinkedHashMap<>();
        for (Container container : definition.service().containers()) {
            workflows.put(container.name(), daemon(service, container, definition.files()));
            for (Command job : container.preJobs()) {
                workflows.put(job.name(), job(service, job, List.of(), definition.files()));
            }
            for (Command job : container.postJobs()) {
                workflows.put(job.name(), job(service, job, List.of(roleName(service, container.name())),
                        definition.files()));
            }
        }
        return Collections.unmodifiableMap(workflows);
    }

    /** {@code <service>/<role>}: how a container or job is named in workflows and etcd keys. */
    public static String roleName(String service, String role) {
        return service + "/" + role;
    }

    private static DaemonWorkflow daemon(String service, Container container, Map<String, FileSpec> files) {
        List<String> dependencies = new ArrayList<>();
        container.preJobs().forEach(job -> dependencies.add(roleName(service, job.name())));
        dependencies.addAll(container.daemon().dependencies());
        return new DaemonWorkflow(roleName(service, container.name()), dependencies, local(container.pre()),
                command(container.daemon()), local(container.post()), files(container.daemon(), files),
                Optional.ofNullable(container.probes().readiness()));
    }

    private static JobWorkflow job(String service, Command job, List<String> extraDependencies,
            Map<String, FileSpec> files) {
        List<String> dependencies = new ArrayList<>(job.dependencies());
        dependencies.addAll(extraDependencies);
        return new JobWorkflow(roleName(service, job.name()), dependencies, command(job), files(job, files));
    }

    private static List<WorkflowCommand> local(List<Command> commands) {
        return commands.stream().filter(command -> !command.isSingle()).map(WorkflowFactory::command).toList();
    }

    private static WorkflowCommand command(Command command) {
        return new WorkflowCommand(command.command(), command.user());
    }

    private static List<WorkflowFile> files(Command command, Map<String, FileSpec> files) {
        List<WorkflowFile> result = new ArrayList<>();
        for (String key : new TreeSet<>(command.files())) {
            FileSpec spec = files.get(key);
            if (spec == null) {
                throw new IllegalArgumentException("command names file '" + key + "' that the definition lacks");
            }
            result.add(new WorkflowFile(key, spec.path(), spec.perm(), spec.user()));
        }
        return result;
    }
}
