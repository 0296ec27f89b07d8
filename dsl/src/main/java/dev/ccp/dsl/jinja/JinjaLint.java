package dev.ccp.dsl.jinja;

import dev.ccp.dsl.jinja.lint.TemplateLinter;
import dev.ccp.dsl.problem.Problem;
import java.util.List;

/**
 * Finds the constructs the Jinja dialect cannot render like Jinja2 (JINJA.md "Remaining known
 * gaps"): chained comparisons, slices with a step, {@code 'ab' * 2}, {@code '%s' % x},
 * {@code 'a' + 1}, a conditional expression without {@code else}, {@code {% call(x) %}},
 * {@code include ... ignore missing}, {@code for ... recursive}, and {@code import} without
 * {@code with context}. A token-level scan: it reads literals, not variable types.
 *
 * <p>Not reported because the dialect renders them like Jinja2: {@code not a == b},
 * {@code ==}/{@code in} between different types, and {@code and} returning an operand.
 */
public final class JinjaLint {

    private JinjaLint() {
    }

    /** Every finding, in template order, as {@code file:line: message}. */
    public static List<Problem> lint(TemplateSource template) {
        return TemplateLinter.lint(template.name(), template.text());
    }
}
