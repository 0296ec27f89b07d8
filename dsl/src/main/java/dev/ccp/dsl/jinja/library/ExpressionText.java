package dev.ccp.dsl.jinja.library;

import dev.ccp.dsl.jinja.python.ExpressionScanner;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds keywords and separators in tag text at the top level only: outside string literals and
 * brackets. {@code x in xs if x.a} splits at {@code if}; {@code f('a if b')} does not.
 */
final class ExpressionText {

    private ExpressionText() {
    }

    /** Start of the first top-level {@code keyword} (a whole word), or -1. */
    static int indexOfKeyword(String text, String keyword) {
        return ExpressionScanner.find(text, 0, (i, depth) -> depth == 0 && text.startsWith(keyword, i)
                && isBoundary(text, i - 1) && isBoundary(text, i + keyword.length()));
    }

    /** The parts between top-level commas, trimmed. */
    static List<String> splitCommas(String text) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        int comma;
        while ((comma = ExpressionScanner.find(text, start, (i, depth) -> depth == 0 && text.charAt(i) == ',')) >= 0) {
            parts.add(text.substring(start, comma).trim());
            start = comma + 1;
        }
        String last = text.substring(start).trim();
        if (!last.isEmpty() || !parts.isEmpty()) {
            parts.add(last);
        }
        return parts;
    }

    /** Index of the first top-level single {@code =} (not {@code ==}, {@code !=}, ...), or -1. */
    static int indexOfAssignment(String text) {
        return ExpressionScanner.find(text, 0, (i, depth) -> depth == 0 && text.charAt(i) == '='
                && (i + 1 >= text.length() || text.charAt(i + 1) != '=')
                && (i == 0 || "=!<>".indexOf(text.charAt(i - 1)) < 0));
    }

    static boolean isIdentifier(String text) {
        if (text.isEmpty() || !(Character.isLetter(text.charAt(0)) || text.charAt(0) == '_')) {
            return false;
        }
        return text.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
    }

    private static boolean isBoundary(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return true;
        }
        char c = text.charAt(index);
        return !(Character.isLetterOrDigit(c) || c == '_' || c == '.');
    }
}
