package dev.ccp.topology;

import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.problem.Suggestions;
import dev.ccp.dsl.yaml.KeyPath;
import dev.ccp.dsl.yaml.PlainValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the {@code nodes} section into {@link NodeEntry}s in lexicographic key order (the order
 * roles are collected and node configs applied in), reporting what is wrong with it.
 */
final class NodesSection {

    private final ProblemLocator locator;
    private final NodeConfigsCheck configsCheck;

    NodesSection(Map<String, Object> globalConfigs, ProblemLocator locator) {
        this.locator = locator;
        this.configsCheck = new NodeConfigsCheck(globalConfigs, locator);
    }

    /**
     * The usable entries of {@code nodes}, sorted by key; an entry whose key is not a valid
     * regular expression, or whose value is not a mapping, is left out. Every problem found is
     * added to {@code problems}.
     *
     * @param definedRoles the roles the {@code roles} section defines; a role an entry names
     *                     must be one of them (not checked when there are none: that is a
     *                     problem of its own)
     */
    List<NodeEntry> read(Map<String, Object> nodes, Map<String, ?> definedRoles, List<Problem> problems) {
        if (nodes.isEmpty()) {
            problems.add(locator.problemAt(KeyPath.of("nodes"), "Nodes section is not specified in configs"));
            return List.of();
        }
        List<NodeEntry> entries = new ArrayList<>(nodes.size());
        new TreeMap<>(nodes).forEach((key, value) -> {
            KeyPath path = KeyPath.of("nodes", key);
            if (!(value instanceof Map<?, ?> entry)) {
                problems.add(locator.problemAt(path, PlainValues.expected("a mapping with 'roles' and 'configs'", value)));
                return;
            }
            List<String> roles = roles(entry.get("roles"), path.key("roles"), definedRoles, problems);
            checkConfigs(entry, path.key("configs"), problems);
            try {
                entries.add(new NodeEntry(key, Pattern.compile(key), roles));
            } catch (PatternSyntaxException e) {
                problems.add(locator.problemAt(path, "invalid regular expression: " + e.getDescription()
                        + (e.getIndex() >= 0 ? " near index " + e.getIndex() : "")));
            }
        });
        return entries;
    }

    private List<String> roles(Object value, KeyPath path, Map<String, ?> definedRoles, List<Problem> problems) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            problems.add(locator.problemAt(path, PlainValues.expected("a list of role names", value)));
            return List.of();
        }
        List<String> roles = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (!(item instanceof String role)) {
                problems.add(locator.problemAt(path.index(i), PlainValues.expected("a role name", item)));
            } else if (!definedRoles.isEmpty() && !definedRoles.containsKey(role)) {
                problems.add(locator.problemAt(path.index(i), "Role '" + role + "' is not defined in the roles section"
                        + Suggestions.didYouMean(role, definedRoles.keySet())));
            } else {
                roles.add(role);
            }
        }
        return roles;
    }

    private void checkConfigs(Map<?, ?> entry, KeyPath path, List<Problem> problems) {
        if (!entry.containsKey("configs")) {
            return;
        }
        if (entry.get("configs") instanceof Map<?, ?> configs) {
            problems.addAll(configsCheck.check(configs, path));
        } else {
            problems.add(locator.problemAt(path, "Nodes configs should be a mapping, found "
                    + PlainValues.describe(entry.get("configs"))));
        }
    }
}
