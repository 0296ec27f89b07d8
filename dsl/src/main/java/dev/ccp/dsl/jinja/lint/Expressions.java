package dev.ccp.dsl.jinja.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The expressions inside a block: all of {@code {{ }}}; the expression parts of a statement. */
final class Expressions {

    private static final Set<String> WHOLE = Set.of("if", "elif");

    private Expressions() {
    }

    /** Token lists, each one expression (the {@code if} filter of a {@code for} is its own). */
    static List<List<Token>> of(Block block) {
        List<Token> tokens = block.tokens();
        List<List<Token>> parts = new ArrayList<>();
        if (!block.statement()) {
            parts.add(tokens);
            return parts;
        }
        String tag = block.tagName();
        if (WHOLE.contains(tag)) {
            parts.add(tokens.subList(1, tokens.size()));
        } else if (tag.equals("set")) {
            int equals = indexAtTopLevel(tokens, "=", 1);
            if (equals > 0) {
                parts.add(tokens.subList(equals + 1, tokens.size()));
            }
        } else if (tag.equals("for")) {
            int in = indexAtTopLevel(tokens, "in", 1);
            if (in > 0) {
                int end = tokens.size();
                if (tokens.get(end - 1).is("recursive")) {
                    end--;
                }
                int condition = indexAtTopLevel(tokens, "if", in + 1);
                if (condition > 0 && condition < end) {
                    parts.add(tokens.subList(in + 1, condition));
                    parts.add(tokens.subList(condition + 1, end));
                } else {
                    parts.add(tokens.subList(in + 1, end));
                }
            }
        }
        return parts;
    }

    static int indexAtTopLevel(List<Token> tokens, String text, int from) {
        int depth = 0;
        for (int i = from; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.opens()) {
                depth++;
            } else if (token.closes()) {
                depth--;
            } else if (depth == 0 && token.is(text)) {
                return i;
            }
        }
        return -1;
    }
}
