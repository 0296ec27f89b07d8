package dev.ccp.dsl.service.validation;

import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.problem.Suggestions;
import dev.ccp.dsl.yaml.KeyPath;
import java.util.List;
import java.util.TreeSet;

/**
 * Checks a rendered action file ({@code service/actions/*.yaml}, REFERENCE 7.4): a mapping whose
 * {@code actions} is a list of actions with only the known keys, of the right types.
 */
public final class ActionValidator {

    /** The keys an action may have; {@code component} is accepted but replaced by the repository's. */
    public static final List<String> ACTION_KEYS = List.of("name", "component", "image", "command", "dependencies",
            "files", "parameters", "restart_policy");
    private static final List<String> PARAMETER_KEYS = List.of("key", "default_value");
    private static final List<String> RESTART_POLICIES = List.of("never", "always");

    /** Every problem of the action file {@code file} whose parsed content is {@code document}. */
    public List<Problem> validate(String file, Object document) {
        Checks checks = new Checks(file);
        checks.closedMapping(document, KeyPath.root(), "a mapping with a list 'actions'", List.of("actions"),
                        List.of("actions"))
                .filter(root -> root.containsKey("actions"))
                .flatMap(root -> checks.list(root.get("actions"), KeyPath.of("actions"), "actions", false))
                .ifPresent(actions -> {
                    for (int i = 0; i < actions.size(); i++) {
                        checkAction(checks, actions.get(i), KeyPath.of("actions").index(i));
                    }
                });
        return checks.problems();
    }

    private static void checkAction(Checks checks, Object value, KeyPath path) {
        checks.mapping(value, path, "an action mapping").ifPresent(action -> {
            String name = action.get("name") instanceof String text ? text : "?";
            for (Object key : action.keySet()) {
                String keyName = String.valueOf(key);
                if (!ACTION_KEYS.contains(keyName)) {
                    checks.problem(path.key(keyName), "Invalid keys '" + keyName + "' for '" + name
                            + "' action" + Suggestions.didYouMean(keyName, ACTION_KEYS) + "; expected one of: "
                            + String.join(", ", new TreeSet<>(ACTION_KEYS)));
                }
            }
            for (String key : List.of("name", "image", "command")) {
                if (!action.containsKey(key)) {
                    checks.problem(path, "missing required key '" + key + "'");
                } else {
                    checks.nonEmptyString(action.get(key), path.key(key));
                }
            }
            if (action.containsKey("dependencies")) {
                KeyPath dependencies = path.key("dependencies");
                checks.list(action.get("dependencies"), dependencies, "dependency names", false).ifPresent(list -> {
                    for (int i = 0; i < list.size(); i++) {
                        checks.nonEmptyString(list.get(i), dependencies.index(i));
                    }
                });
            }
            if (action.containsKey("files")) {
                checkFiles(checks, action.get("files"), path.key("files"));
            }
            if (action.containsKey("parameters")) {
                checkParameters(checks, action.get("parameters"), path.key("parameters"));
            }
            if (action.containsKey("restart_policy")) {
                checks.oneOf(action.get("restart_policy"), path.key("restart_policy"), RESTART_POLICIES);
            }
        });
    }

    private static void checkFiles(Checks checks, Object value, KeyPath path) {
        checks.list(value, path, "files {path, content, perm, user}", false).ifPresent(files -> {
            for (int i = 0; i < files.size(); i++) {
                FileSpecChecks.check(checks, files.get(i), path.index(i));
            }
        });
    }

    private static void checkParameters(Checks checks, Object value, KeyPath path) {
        checks.list(value, path, "parameters {key, default_value}", false).ifPresent(parameters -> {
            for (int i = 0; i < parameters.size(); i++) {
                KeyPath parameterPath = path.index(i);
                checks.closedMapping(parameters.get(i), parameterPath, "a mapping {key, default_value}",
                        PARAMETER_KEYS, List.of("key")).ifPresent(parameter -> {
                            if (parameter.containsKey("key")) {
                                checks.nonEmptyString(parameter.get("key"), parameterPath.key("key"));
                            }
                        });
            }
        });
    }
}
