package dev.ccp.cli.fetch;

import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one repository.
 *
 * @param name    the repository's name ({@code repositories.repos[].name})
 * @param status  how it ended
 * @param commit  the commit checked out, when the repository was cloned or updated
 * @param message one line for the user: what was done, or why it failed (names the URL and ref)
 */
public record FetchResult(String name, FetchStatus status, Optional<String> commit, String message) {

    public FetchResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(message, "message");
    }

    static FetchResult failed(String name, FetchStatus status, String message) {
        return new FetchResult(name, status, Optional.empty(), message);
    }

    public boolean isFailure() {
        return status.isFailure();
    }
}
