package dev.ccp.dsl.jinja.python;

/**
 * Walks the text of a Python/Jinja expression the way its parser would see the structure: string
 * literals (with backslash escapes) are skipped, and each other position is offered with its
 * bracket depth. The one loop behind "find the top-level {@code in}", "split at top-level commas"
 * and "find the closing {@code }}}" outside strings".
 */
public final class ExpressionScanner {

    /** A position of interest, given its index and bracket depth (0 = top level). */
    @FunctionalInterface
    public interface Position {
        boolean matches(int index, int depth);
    }

    private ExpressionScanner() {
    }

    /** The first index from {@code from} outside string literals that {@code wanted} matches, or -1. */
    public static int find(String text, int from, Position wanted) {
        int depth = 0;
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
                continue;
            }
            if (wanted.matches(i, depth)) {
                return i;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
        }
        return -1;
    }
}
