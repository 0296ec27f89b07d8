package dev.ccp.builders.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A SHA-256 fed with length-prefixed fields, so that no two different field sequences give the
 * same input; directory trees are fed as sorted relative paths and file bytes.
 */
final class TreeDigest {

    private final MessageDigest digest;

    TreeDigest() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    TreeDigest field(String text) {
        return field(text.getBytes(StandardCharsets.UTF_8));
    }

    TreeDigest field(byte[] bytes) {
        digest.update(HexFormat.of().formatHex(new byte[] {
            (byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16), (byte) (bytes.length >>> 8), (byte) bytes.length })
                .getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
        return this;
    }

    /**
     * Feeds every regular file under {@code root} whose relative path {@code include} accepts:
     * its path (with '/') then its bytes, in path order. Directories named {@code .git} are left out.
     */
    TreeDigest tree(Path root, Predicate<Path> include) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .map(root::relativize)
                    .filter(relative -> !relative.toString().equals(".git") && !relative.startsWith(".git"))
                    .filter(include)
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException("cannot read " + root, e instanceof IOException io ? io
                    : ((UncheckedIOException) e).getCause());
        }
        for (Path relative : files) {
            field(relative.toString().replace('\\', '/'));
            try {
                field(Files.readAllBytes(root.resolve(relative)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + root.resolve(relative), e);
            }
        }
        return this;
    }

    /** Feeds one file's bytes, or a marker when it does not exist (building it then fails with a clear message). */
    TreeDigest file(Path file) {
        if (!Files.isRegularFile(file)) {
            return field("missing");
        }
        try {
            return field(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
