package dev.ccp.dsl.jinja.lint;

import java.util.ArrayList;
import java.util.List;

/** {@code {{ 'y' if f }}}: Jinja2 prints nothing when {@code f} is false, Jinjava prints None. */
final class IfWithoutElseRule implements LintRule {

    @Override
    public List<Finding> check(Block block) {
        List<Finding> findings = new ArrayList<>();
        for (List<Token> expression : Expressions.of(block)) {
            for (int i = 0; i < expression.size(); i++) {
                if (expression.get(i).is("if") && !hasElse(expression, i + 1)) {
                    findings.add(new Finding(expression.get(i), "conditional expression without 'else' in "
                            + block.snippet() + " prints None where Jinja2 prints nothing; add \"else ''\""));
                }
            }
        }
        return findings;
    }

    /** Whether an {@code else} follows at the same bracket depth. */
    private static boolean hasElse(List<Token> tokens, int from) {
        int depth = 0;
        for (int i = from; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.opens()) {
                depth++;
            } else if (token.closes()) {
                if (--depth < 0) {
                    return false;
                }
            } else if (depth == 0 && token.is("else")) {
                return true;
            }
        }
        return false;
    }
}
