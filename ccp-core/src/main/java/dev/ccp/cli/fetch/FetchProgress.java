package dev.ccp.cli.fetch;

import dev.ccp.cli.Console;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Prints each repository's result as it arrives, as {@code <name>: <message>}: failures as
 * errors, clones and updates as information, repositories left alone only in debug output (as
 * the original).
 */
public final class FetchProgress implements Consumer<FetchResult> {

    private final Console console;

    public FetchProgress(Console console) {
        this.console = Objects.requireNonNull(console);
    }

    @Override
    public void accept(FetchResult result) {
        String line = result.name() + ": " + result.message();
        if (result.isFailure()) {
            console.error(line);
        } else if (result.status() == FetchStatus.ALREADY_CLONED) {
            console.debug(line);
        } else {
            console.info(line);
        }
    }
}
