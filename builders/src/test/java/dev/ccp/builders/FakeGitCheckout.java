package dev.ccp.builders;

import dev.ccp.builders.git.GitCheckout;
import java.nio.file.Path;

/** A GitCheckout for tests that use only {@code source_dir} sources: any clone is a test error. */
public final class FakeGitCheckout implements GitCheckout {

    @Override
    public String cloneAt(String url, String ref, Path destination) {
        throw new AssertionError("unexpected clone of " + url + " at " + ref);
    }

    @Override
    public String update(Path repository, String ref) {
        throw new AssertionError("unexpected update of " + repository);
    }

    @Override
    public String head(Path repository) {
        throw new AssertionError("unexpected head of " + repository);
    }
}
