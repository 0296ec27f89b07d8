package dev.ccp.dsl.problem;

import java.util.Objects;

/**
 * One thing wrong with the user's input: where it is and what was expected.
 *
 * @param file    the file the problem is in, as the user should see it; {@code null} when the
 *                problem is not tied to one file
 * @param line    1-based line in {@code file}; 0 when unknown
 * @param keyPath dotted key path inside the document ({@code repositories.repos[2].name}); empty
 *                when the problem concerns the whole document
 * @param message what is wrong, phrased as "expected X, found Y" where that fits
 */
public record Problem(String file, int line, String keyPath, String message) {

    public Problem {
        keyPath = keyPath == null ? "" : keyPath;
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0");
        }
    }

    public static Problem at(String file, String keyPath, String message) {
        return new Problem(file, 0, keyPath, message);
    }

    public static Problem at(String file, int line, String keyPath, String message) {
        return new Problem(file, line, keyPath, message);
    }

    /** {@code file:line: key.path: message}, leaving out the parts that are unknown. */
    public String format() {
        StringBuilder out = new StringBuilder();
        if (file != null) {
            out.append(file);
            if (line > 0) {
                out.append(':').append(line);
            }
            out.append(": ");
        }
        if (!keyPath.isEmpty()) {
            out.append(keyPath).append(": ");
        }
        return out.append(message).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
