package dev.ccp.harness;

/** Something the harness cannot run, said so that the user knows what to fix. */
public final class HarnessException extends RuntimeException {

    public HarnessException(String message) {
        super(message);
    }

    public HarnessException(String message, Throwable cause) {
        super(message, cause);
    }
}
