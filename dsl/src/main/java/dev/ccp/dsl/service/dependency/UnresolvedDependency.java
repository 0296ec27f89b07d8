package dev.ccp.dsl.service.dependency;

import dev.ccp.dsl.problem.Problem;
import java.util.Objects;

/**
 * A dependency that names nothing (or something ambiguous).
 *
 * @param service    the service whose command declares it (an alias name for an alias)
 * @param file       the definition file
 * @param keyPath    where it is written ({@code service.containers[0].daemon.dependencies[1]})
 * @param dependency the dependency as written
 * @param message    what is wrong, with a did-you-mean where one fits
 */
public record UnresolvedDependency(String service, String file, String keyPath, String dependency, String message) {

    public UnresolvedDependency {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(keyPath, "keyPath");
        Objects.requireNonNull(dependency, "dependency");
        Objects.requireNonNull(message, "message");
    }

    public Problem toProblem() {
        return Problem.at(file, keyPath, message);
    }
}
