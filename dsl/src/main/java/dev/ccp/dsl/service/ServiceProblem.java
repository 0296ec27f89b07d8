package dev.ccp.dsl.service;

import dev.ccp.dsl.problem.Problem;
import java.util.Objects;

/**
 * A problem and the service it belongs to, so that a command can report only what concerns
 * the services it works on.
 *
 * @param service the service in the components map, or null when the problem concerns no single
 *                service (the {@code services} section, exports, actions, a definition without
 *                a name, a dependency cycle)
 * @param problem the problem
 */
public record ServiceProblem(String service, Problem problem) {

    public ServiceProblem {
        Objects.requireNonNull(problem, "problem");
    }

    public static ServiceProblem global(Problem problem) {
        return new ServiceProblem(null, problem);
    }

    public boolean isGlobal() {
        return service == null;
    }
}
