package dev.ccp.dsl.problem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The user's input is wrong in one or more places. Carries every problem found, so that a
 * single run reports all of them; exits with code 2.
 */
public class InvalidInputException extends CcpException {

    private static final long serialVersionUID = 1L;

    private final String summary;
    private final transient List<Problem> problems;

    public InvalidInputException(String summary, List<Problem> problems) {
        this(summary, problems, null);
    }

    public InvalidInputException(String summary, List<Problem> problems, Throwable cause) {
        super(render(summary, problems), EXIT_INVALID, cause);
        this.summary = summary;
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(Problem problem) {
        this(null, List.of(problem));
    }

    /** Throws when {@code problems} is not empty. */
    public static void throwIfAny(String summary, List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(summary, problems);
        }
    }

    public String summary() {
        return summary;
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String render(String summary, List<Problem> problems) {
        String lines = problems.stream().map(Problem::format).collect(Collectors.joining("\n  "));
        if (summary == null || summary.isEmpty()) {
            return problems.size() == 1 ? lines : problems.size() + " problems:\n  " + lines;
        }
        return summary + ":\n  " + lines;
    }
}
