package dev.ccp.dsl.jinja.lint;

import java.util.ArrayList;
import java.util.List;

/** Splits expression text into names, string and number literals, and operators. */
final class Tokenizer {

    private static final List<String> TWO_CHAR_OPERATORS = List.of("==", "!=", "<=", ">=", "//", "**");

    private Tokenizer() {
    }

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != c) {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, text.length());
                tokens.add(new Token(Token.Type.STRING, text.substring(i, end), i));
                i = end;
            } else if (Character.isDigit(c)) {
                int end = i;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '.'
                        || text.charAt(end) == '_')) {
                    end++;
                }
                tokens.add(new Token(Token.Type.NUMBER, text.substring(i, end), i));
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                    end++;
                }
                tokens.add(new Token(Token.Type.NAME, text.substring(i, end), i));
                i = end;
            } else {
                String two = i + 1 < text.length() ? text.substring(i, i + 2) : "";
                String operator = TWO_CHAR_OPERATORS.contains(two) ? two : String.valueOf(c);
                tokens.add(new Token(Token.Type.OPERATOR, operator, i));
                i += operator.length();
            }
        }
        return tokens;
    }
}
