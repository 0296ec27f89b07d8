package dev.ccp.cli.fetch;

import dev.ccp.dsl.files.FileTrees;
import dev.ccp.dsl.problem.CcpException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/** The directory {@code repositories.path}, which {@code ccp fetch --force} deletes. */
public final class RepositoriesDirectory {

    private RepositoriesDirectory() {
    }

    /**
     * Deletes {@code path} and everything in it, as {@code ccp fetch --force} does before cloning.
     * Refuses (a {@link CcpException}, nothing deleted) when {@code path} is the root directory,
     * the home directory or one of its parents, or not a directory: a mistyped
     * {@code repositories.path} must not cost the user their files. Symbolic links inside are
     * deleted, never followed.
     *
     * @return whether there was something to delete
     */
    public static boolean wipe(Path path, Path home) {
        Path target = path.toAbsolutePath().normalize();
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            Path real = target.toRealPath();
            Path realHome = Files.exists(home) ? home.toRealPath() : home.toAbsolutePath().normalize();
            Optional<String> refusal = refusal(real, realHome);
            if (refusal.isPresent()) {
                throw new CcpException("refusing to delete repositories.path " + path + " for --force: it is "
                        + refusal.get() + "; point repositories.path at a directory of its own");
            }
            deleteTree(target);
            return true;
        } catch (IOException e) {
            throw new CcpException("cannot delete repositories.path " + path + ": " + e.getMessage(), e);
        }
    }

    /** Why {@code directory} must not be wiped, if it must not: what it is. Both paths are real paths. */
    static Optional<String> refusal(Path directory, Path home) {
        if (directory.getParent() == null) {
            return Optional.of("the root directory");
        }
        if (home.equals(directory)) {
            return Optional.of("the home directory");
        }
        if (home.startsWith(directory)) {
            return Optional.of("a parent of the home directory");
        }
        if (!Files.isDirectory(directory)) {
            return Optional.of("not a directory");
        }
        return Optional.empty();
    }

    /** Deletes {@code root} and everything below it, if it exists; symbolic links are not followed. */
    static void deleteTree(Path root) throws IOException {
        FileTrees.deleteTree(root);
    }
}
