package dev.ccp.topology;

import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.yaml.KeyPath;

/**
 * Makes a {@link Problem} about the configuration value at a key path, placed at the file and
 * line that set it: {@code loadedConfig.tree()::problemAt}.
 */
@FunctionalInterface
public interface ProblemLocator {

    Problem problemAt(KeyPath path, String message);

    /** Problems that name the key path only, for configurations that did not come from files. */
    static ProblemLocator unlocated() {
        return (path, message) -> Problem.at(null, path.toString(), message);
    }
}
