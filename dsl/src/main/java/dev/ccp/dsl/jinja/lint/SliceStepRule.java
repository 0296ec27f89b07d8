package dev.ccp.dsl.jinja.lint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** {@code s[::-1]}: Jinjava's slices take no step. */
final class SliceStepRule implements LintRule {

    @Override
    public List<Finding> check(Block block) {
        List<Finding> findings = new ArrayList<>();
        Deque<int[]> colons = new ArrayDeque<>();
        Deque<Boolean> brackets = new ArrayDeque<>();
        for (Token token : block.tokens()) {
            if (token.opens()) {
                brackets.push(token.text().equals("["));
                colons.push(new int[1]);
            } else if (token.closes()) {
                if (!brackets.isEmpty()) {
                    brackets.pop();
                    colons.pop();
                }
            } else if (token.is(":") && !brackets.isEmpty() && brackets.peek() && ++colons.peek()[0] == 2) {
                findings.add(new Finding(token, "slice with a step in " + block.snippet() + " is not supported"));
            }
        }
        return findings;
    }
}
