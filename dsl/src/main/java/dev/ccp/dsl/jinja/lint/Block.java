package dev.ccp.dsl.jinja.lint;

import java.util.List;

/**
 * One {@code {{ ... }}} expression or {@code {% ... %}} statement of a template.
 *
 * @param statement true for {@code {% %}}, false for {@code {{ }}}
 * @param text      what is between the delimiters (whitespace-control marks removed)
 * @param line      1-based line of the opening delimiter
 * @param tokens    {@code text} split into tokens
 */
record Block(boolean statement, String text, int line, List<Token> tokens) {

    Block {
        tokens = List.copyOf(tokens);
    }

    /** The statement's tag name ({@code for}, {@code import}); empty for expressions. */
    String tagName() {
        return statement && !tokens.isEmpty() && tokens.get(0).isName() ? tokens.get(0).text() : "";
    }

    /** The line of {@code token} in the template. */
    int lineOf(Token token) {
        int line = this.line;
        for (int i = 0; i < token.offset() && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** How the block reads in the template, shortened for messages. */
    String snippet() {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        String shown = oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine;
        return statement ? "{% " + shown + " %}" : "{{ " + shown + " }}";
    }
}
