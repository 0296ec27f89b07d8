package dev.ccp.dsl.jinja.lint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/** {@code 1 < x < 3}: Jinja2 reads {@code 1 < x and x < 3}; Jinjava compares a boolean with 3. */
final class ChainedComparisonRule implements LintRule {

    private static final Set<String> COMPARISONS = Set.of("==", "!=", "<", "<=", ">", ">=", "in");
    private static final Set<String> BOUNDARIES = Set.of("and", "or", "if", "else", ",", ":");

    @Override
    public List<Finding> check(Block block) {
        List<Finding> findings = new ArrayList<>();
        for (List<Token> expression : Expressions.of(block)) {
            Deque<int[]> counts = new ArrayDeque<>();
            counts.push(new int[1]);
            for (Token token : expression) {
                if (token.opens()) {
                    counts.push(new int[1]);
                } else if (token.closes()) {
                    if (counts.size() > 1) {
                        counts.pop();
                    }
                } else if (token.type() != Token.Type.STRING && BOUNDARIES.contains(token.text())) {
                    counts.peek()[0] = 0;
                } else if (token.type() != Token.Type.STRING && COMPARISONS.contains(token.text())) {
                    if (++counts.peek()[0] == 2) {
                        findings.add(new Finding(token, "chained comparison in " + block.snippet()
                                + " is not supported; write 'a < b and b < c'"));
                    }
                }
            }
        }
        return findings;
    }
}
