package dev.ccp.builders.git;

/** Turns JGit exceptions into the short reason a user can act on. */
final class GitMessages {

    private GitMessages() {
    }

    /**
     * The message of the innermost cause that has one: JGit wraps transport and I/O errors
     * several times, and the innermost message ("Connection refused") is the useful one.
     */
    static String reason(Throwable failure) {
        String reason = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                reason = t.getMessage();
            }
        }
        return reason != null ? reason : failure.getClass().getSimpleName();
    }
}
