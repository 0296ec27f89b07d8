package dev.ccp.dsl.jinja.lint;

import java.util.List;

/**
 * Statement forms Jinjava rejects or runs differently: {@code {% call(x) m() %}},
 * {@code {% include ... ignore missing %}}, {@code {% for ... recursive %}}, and an
 * {@code import} without {@code with context} (Jinjava still shows it the caller's variables).
 */
final class StatementRule implements LintRule {

    @Override
    public List<Finding> check(Block block) {
        List<Token> tokens = block.tokens();
        if (tokens.isEmpty()) {
            return List.of();
        }
        Token first = tokens.get(0);
        Token last = tokens.get(tokens.size() - 1);
        String message = switch (block.tagName()) {
            case "call" -> tokens.size() > 1 && tokens.get(1).is("(")
                    ? "{% call %} with arguments (" + block.snippet() + ") is not supported" : null;
            case "include" -> hasPair(tokens, "ignore", "missing")
                    ? "'include ... ignore missing' (" + block.snippet() + ") is not supported" : null;
            case "for" -> last.is("recursive")
                    ? "'for ... recursive' (" + block.snippet() + ") is not supported" : null;
            case "import", "from" -> tokens.size() >= 2 && tokens.get(tokens.size() - 2).is("with") && last.is("context")
                    ? null
                    : "import without 'with context' (" + block.snippet()
                            + ") still sees the caller's variables here; add 'with context'";
            default -> null;
        };
        return message == null ? List.of() : List.of(new Finding(first, message));
    }

    private static boolean hasPair(List<Token> tokens, String first, String second) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).is(first) && tokens.get(i + 1).is(second)) {
                return true;
            }
        }
        return false;
    }
}
