package dev.ccp.renderer;

import dev.ccp.dsl.service.Command;
import dev.ccp.dsl.service.Container;
import dev.ccp.dsl.service.Service;
import dev.ccp.dsl.service.ServiceDefinition;
import dev.ccp.dsl.workflow.Workflow;
import dev.ccp.dsl.workflow.WorkflowFactory;
import dev.ccp.dsl.yaml.KeyPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One service to render, with what its objects are built from.
 *
 * @param definition the validated definition (dependencies resolved)
 * @param nodes      the topology nodes of the service, sorted
 * @param workflows  its workflows by role, in mount order (container, its pre jobs, its post jobs)
 * @param templates  the raw text of its file templates, by file key in definition order
 */
record ServiceUnit(ServiceDefinition definition, List<String> nodes, Map<String, Workflow> workflows,
        Map<String, String> templates) {

    ServiceUnit {
        Objects.requireNonNull(definition, "definition");
        nodes = List.copyOf(nodes);
        workflows = Collections.unmodifiableMap(new LinkedHashMap<>(workflows));
        templates = Collections.unmodifiableMap(new LinkedHashMap<>(templates));
    }

    static ServiceUnit of(ServiceDefinition definition, List<String> nodes, Map<String, String> templates) {
        return new ServiceUnit(definition, nodes, WorkflowFactory.workflows(definition), templates);
    }

    String name() {
        return definition.name();
    }

    String component() {
        return definition.component();
    }

    Service service() {
        return definition.service();
    }

    /** {@code <service>-<suffix>}. */
    String objectName(String suffix) {
        return ObjectNames.ofService(name(), suffix);
    }

    /** Every single job, per container: its pre jobs, then its post jobs. */
    List<SingleJob> jobs() {
        List<SingleJob> jobs = new ArrayList<>();
        List<Container> containers = service().containers();
        for (int i = 0; i < containers.size(); i++) {
            Container container = containers.get(i);
            KeyPath path = KeyPath.of("service", "containers").index(i);
            addJobs(jobs, container, container.pre(), path.key("pre"));
            addJobs(jobs, container, container.post(), path.key("post"));
        }
        return jobs;
    }

    private static void addJobs(List<SingleJob> jobs, Container container, List<Command> commands, KeyPath path) {
        for (int j = 0; j < commands.size(); j++) {
            if (commands.get(j).isSingle()) {
                jobs.add(new SingleJob(container, commands.get(j), path.index(j)));
            }
        }
    }

    /**
     * The file keys the pods mount: those of every daemon and every single job (local pre and
     * post commands render nothing of their own), sorted.
     */
    SortedSet<String> mountedFileKeys() {
        SortedSet<String> keys = new TreeSet<>();
        for (Container container : service().containers()) {
            keys.addAll(container.daemon().files());
        }
        jobs().forEach(job -> keys.addAll(job.command().files()));
        return keys;
    }
}
