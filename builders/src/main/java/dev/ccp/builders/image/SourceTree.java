package dev.ccp.builders.image;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A {@code sources} entry: what identifies its content, and its files on disk. The files of a
 * git source are cloned only when {@link #directory()} is first asked for (by a build that
 * needs its context), so a run that finds every image already present clones nothing.
 * Thread-safe: images sharing a source share one clone.
 */
public final class SourceTree {

    private final String name;
    private final String fingerprint;
    private Supplier<Path> checkout;
    private Path directory;
    private RuntimeException failure;

    /** A source already on disk. */
    public SourceTree(String name, Path directory, String fingerprint) {
        this(name, fingerprint, () -> directory);
        Objects.requireNonNull(directory, "directory");
    }

    private SourceTree(String name, String fingerprint, Supplier<Path> checkout) {
        this.name = Objects.requireNonNull(name, "name");
        this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
        this.checkout = Objects.requireNonNull(checkout, "checkout");
    }

    /**
     * A source whose files {@code checkout} puts on disk at the first {@link #directory()} call.
     *
     * @param fingerprint what identifies its content before it is checked out
     */
    public static SourceTree lazy(String name, String fingerprint, Supplier<Path> checkout) {
        return new SourceTree(name, fingerprint, checkout);
    }

    /** The {@code sources} key. */
    public String name() {
        return name;
    }

    /** {@code git:<commit>} for a git source, {@code dir:<sha256 of the tree>} for a {@code source_dir}. */
    public String fingerprint() {
        return fingerprint;
    }

    /** Where its files are, checking them out the first time (a failed checkout fails every later call the same way). */
    public synchronized Path directory() {
        if (failure != null) {
            throw failure;
        }
        if (directory == null) {
            try {
                directory = checkout.get();
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            } finally {
                checkout = null;
            }
        }
        return directory;
    }

    /** Whether its files are on disk already (a lazy git source not yet cloned is not). */
    public synchronized boolean checkedOut() {
        return directory != null;
    }

    @Override
    public String toString() {
        return name + " (" + fingerprint + ")";
    }
}
