package dev.ccp.dsl.config;

import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import java.util.List;

/**
 * Configured component repositories are not on disk: the one input problem that a fetch can
 * cure, so callers that auto-fetch catch exactly this.
 */
public class MissingRepositoriesException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public MissingRepositoriesException(List<Problem> problems) {
        super("component repositories are missing", problems);
    }
}
