package dev.ccp.dsl.problem;

/**
 * A failure the user must see. Its message is complete and printable as is; the CLI prints it
 * without a stack trace (unless {@code --debug}) and exits with {@link #exitCode()}.
 */
public class CcpException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Exit code for a failure of the work itself (a build, an apply, a timeout). */
    public static final int EXIT_FAILURE = 1;
    /** Exit code for invalid input or usage. */
    public static final int EXIT_INVALID = 2;

    private final int exitCode;

    public CcpException(String message) {
        this(message, EXIT_FAILURE, null);
    }

    public CcpException(String message, Throwable cause) {
        this(message, EXIT_FAILURE, cause);
    }

    protected CcpException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
