package dev.ccp.dsl.jinja.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * Operators on string literals that Jinjava gets wrong: {@code 'ab' * 2} (fails),
 * {@code '%s' % x} (fails), {@code 'a' + 1} (renders {@code a1} where Jinja2 raises).
 */
final class LiteralOperatorRule implements LintRule {

    @Override
    public List<Finding> check(Block block) {
        List<Finding> findings = new ArrayList<>();
        List<Token> tokens = block.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Token before = tokens.get(i - 1);
            Token after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (token.type() != Token.Type.OPERATOR) {
                continue;
            }
            if (token.is("*") && (isString(before) || isString(after))) {
                findings.add(new Finding(token, "string repetition with '*' in " + block.snippet()
                        + " is not supported"));
            } else if (token.is("%") && isString(before)) {
                findings.add(new Finding(token, "'%' string formatting in " + block.snippet()
                        + " is not supported; use the format filter or str.format()"));
            } else if (token.is("+") && after != null
                    && (isString(before) && isNumber(after) || isNumber(before) && isString(after))) {
                findings.add(new Finding(token, "'+' between a string and a number in " + block.snippet()
                        + " renders where Jinja2 fails; use '~' or convert with the string/int filter"));
            }
        }
        return findings;
    }

    private static boolean isString(Token token) {
        return token != null && token.type() == Token.Type.STRING;
    }

    private static boolean isNumber(Token token) {
        return token != null && token.type() == Token.Type.NUMBER;
    }
}
