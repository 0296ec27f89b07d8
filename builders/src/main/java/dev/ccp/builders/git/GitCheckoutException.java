package dev.ccp.builders.git;

import dev.ccp.dsl.problem.CcpException;
import java.util.Objects;

/**
 * A Git operation of {@link GitCheckout} failed. The message is complete (it names the URL or the
 * clone and the ref); {@link #step()} tells a caller such as {@code ccp fetch} which summary
 * line the failure belongs to.
 */
public final class GitCheckoutException extends CcpException {

    private static final long serialVersionUID = 1L;

    /** The step that failed. */
    public enum Step {
        /** Cloning: the repository does not exist or cannot be reached. */
        CLONE,
        /** Fetching into an existing clone. */
        FETCH,
        /** Checking out the ref: it does not exist, or local work is in the way. */
        CHECKOUT,
        /** Reading a clone: not a repository, or no commit yet. */
        READ
    }

    private final Step step;

    public GitCheckoutException(Step step, String message) {
        this(step, message, null);
    }

    public GitCheckoutException(Step step, String message, Throwable cause) {
        super(message, cause);
        this.step = Objects.requireNonNull(step);
    }

    public Step step() {
        return step;
    }
}
