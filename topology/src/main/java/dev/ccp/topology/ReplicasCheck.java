package dev.ccp.topology;

import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.problem.Suggestions;
import dev.ccp.dsl.yaml.KeyPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code replicas} section against the placement (REFERENCE 3 step 5): a replica count only
 * for a placed service that is not a DaemonSet, and no more replicas than hosts.
 */
final class ReplicasCheck {

    private final ProblemLocator locator;

    ReplicasCheck(ProblemLocator locator) {
        this.locator = locator;
    }

    /**
     * The problems of {@code replicas}, in service name order.
     *
     * @param hostsByService every placed service and its hosts as collected, one entry per role
     *                       and matching {@code nodes} entry (so a node may appear more than
     *                       once, and is counted each time, as the original did)
     * @param daemonSets     the services of kind DaemonSet, which run one pod per node
     */
    List<Problem> check(Map<String, Integer> replicas, Map<String, List<String>> hostsByService, Set<String> daemonSets) {
        List<Problem> problems = new ArrayList<>();
        new TreeMap<>(replicas).forEach((service, count) -> {
            KeyPath path = KeyPath.of("replicas", service);
            List<String> hosts = hostsByService.get(service);
            if (daemonSets.contains(service)) {
                problems.add(locator.problemAt(path, "Replicas couldn't be specified for services implemented using"
                        + " Kubernetes DaemonSet: " + service + " runs one pod on each of its nodes"));
            } else if (hosts == null) {
                problems.add(locator.problemAt(path, "Replicas defined for unspecified service " + service
                        + ": no role given to a node lists it" + Suggestions.didYouMean(service, hostsByService.keySet())));
            } else if (count > hosts.size()) {
                problems.add(locator.problemAt(path, "Requested " + count + " replicas for " + service + " while only "
                        + hosts.size() + " hosts able to run that service (" + String.join(", ", hosts) + ")"));
            }
        });
        return problems;
    }
}
