package dev.ccp.dsl.jinja.engine;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.expression.ExpressionStrategy;
import com.hubspot.jinjava.lib.filter.EscapeFilter;
import com.hubspot.jinjava.objects.SafeString;
import com.hubspot.jinjava.tree.output.RenderedOutputNode;
import com.hubspot.jinjava.tree.parse.ExpressionToken;
import dev.ccp.dsl.jinja.python.PythonStrings;

/**
 * Prints {@code {{ ... }}} as Jinja2 does: Python {@code str()} of the value ({@code True},
 * {@code None}, {@code ['a', 1]}; a mapping as sorted JSON by ccp's choice), an Undefined as
 * empty (or an error when strict), and never renders the printed text again.
 */
final class PyExpressionStrategy implements ExpressionStrategy {

    private static final long serialVersionUID = 1L;

    @Override
    public RenderedOutputNode interpretOutput(ExpressionToken master, JinjavaInterpreter interpreter) {
        if (master.getExpr().isBlank()) {
            throw new TemplateSyntaxError("Expected an expression, got 'end of print statement'",
                    master.getLineNumber());
        }
        Object value = interpreter.resolveELExpression(master.getExpr(), master.getLineNumber());
        if (value instanceof Undefined undefined) {
            undefined.checkUsable();
        }
        String text = PythonStrings.str(value);
        if (interpreter.getContext().isAutoEscape() && !(value instanceof SafeString)) {
            text = EscapeFilter.escapeHtmlEntities(text);
        }
        return new RenderedOutputNode(text);
    }
}
