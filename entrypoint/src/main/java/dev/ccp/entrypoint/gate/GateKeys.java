package dev.ccp.entrypoint.gate;

import dev.ccp.dsl.problem.CcpException;
import java.util.List;
import java.util.Objects;

/**
 * The etcd key layout of workflow states (REFERENCE 4.6): {@code /ccp/<namespace>/status/global/<name>/<state>}
 * and the node variant {@code /ccp/<namespace>/status/<node>/<name>/<state>}. A dependency
 * {@code X} waits on the global {@code ready} key of {@code X}; {@code X:local} on the node key of
 * this node. Writers set both variants.
 *
 * @param namespace the Kubernetes namespace ({@code namespace} variable)
 * @param nodeName  this container's node ({@code CCP_NODE_NAME}); null when unknown, then only
 *                  global keys are written and {@code :local} dependencies cannot be awaited
 */
public record GateKeys(String namespace, String nodeName) {

    /** The state a workflow can publish. */
    public enum State {
        READY("ready"), DONE("done");

        private final String key;

        State(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private static final String LOCAL_SUFFIX = ":local";
    private static final String GLOBAL = "global";

    public GateKeys {
        Objects.requireNonNull(namespace, "namespace");
    }

    /** The gate of {@code dependency} ({@code service/container}, optionally with {@code :local}). */
    public Gate gateFor(String dependency) {
        if (dependency.endsWith(LOCAL_SUFFIX)) {
            String name = dependency.substring(0, dependency.length() - LOCAL_SUFFIX.length());
            if (nodeName == null) {
                throw new CcpException("dependency '" + dependency + "' is local to the node, but CCP_NODE_NAME is not set");
            }
            return new Gate(dependency, key(nodeName, name, State.READY));
        }
        return new Gate(dependency, key(GLOBAL, dependency, State.READY));
    }

    /** The gates of {@code dependencies}, in order. */
    public List<Gate> gatesFor(List<String> dependencies) {
        return dependencies.stream().map(this::gateFor).toList();
    }

    /** The keys a workflow sets for {@code state}: the global key, then the node key when the node is known. */
    public List<String> published(String workflowName, State state) {
        return nodeName == null ? List.of(global(workflowName, state))
                : List.of(global(workflowName, state), node(workflowName, state));
    }

    /** {@code /ccp/<namespace>/status/global/<workflowName>/<state>}. */
    public String global(String workflowName, State state) {
        return key(GLOBAL, workflowName, state);
    }

    /** {@code /ccp/<namespace>/status/<node>/<workflowName>/<state>}. */
    public String node(String workflowName, State state) {
        if (nodeName == null) {
            throw new CcpException("the node key of '" + workflowName + "' needs CCP_NODE_NAME");
        }
        return key(nodeName, workflowName, state);
    }

    private String key(String scope, String name, State state) {
        return "/ccp/" + namespace + "/status/" + scope + "/" + name + "/" + state.key();
    }
}
