package dev.ccp.topology;

import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.problem.Suggestions;
import dev.ccp.dsl.yaml.KeyPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Node configs may only override values that exist in the global {@code configs}, at every
 * depth where both sides are mappings (the original stopped after the first nested mapping of
 * each level; this checks every key).
 */
final class NodeConfigsCheck {

    private static final String MESSAGE = "Nodes configs cannot contain new variables, just override existent";
    private static final KeyPath GLOBAL = KeyPath.of("configs");

    private final Map<String, Object> globalConfigs;
    private final ProblemLocator locator;

    NodeConfigsCheck(Map<String, Object> globalConfigs, ProblemLocator locator) {
        this.globalConfigs = globalConfigs;
        this.locator = locator;
    }

    /**
     * The keys of {@code nodeConfigs}, found at {@code path}, that the global {@code configs}
     * lacks.
     */
    List<Problem> check(Map<?, ?> nodeConfigs, KeyPath path) {
        List<Problem> problems = new ArrayList<>();
        check(nodeConfigs, globalConfigs, path, GLOBAL, problems);
        return problems;
    }

    private void check(Map<?, ?> node, Map<?, ?> global, KeyPath nodePath, KeyPath globalPath, List<Problem> problems) {
        for (Map.Entry<?, ?> entry : node.entrySet()) {
            String key = String.valueOf(entry.getKey());
            KeyPath path = nodePath.key(key);
            if (!global.containsKey(key)) {
                List<String> existing = global.keySet().stream().map(String::valueOf).toList();
                String hint = Suggestions.closest(key, existing).map(s -> "; did you mean '" + s + "'?").orElse("");
                problems.add(locator.problemAt(path, MESSAGE + " (" + globalPath + " has no key '" + key + "'" + hint + ")"));
            } else if (entry.getValue() instanceof Map<?, ?> nodeValue && global.get(key) instanceof Map<?, ?> globalValue) {
                check(nodeValue, globalValue, path, globalPath.key(key), problems);
            }
        }
    }
}
