package dev.ccp.dsl.jinja.library;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.tag.Tag;
import com.hubspot.jinjava.tree.TagNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Jinja2's {@code {% with a = x, b = y %}...{% endwith %}}: the names are bound in an inner
 * scope that ends with the block. All values are computed first, in the outer scope.
 */
public final class WithTag implements Tag {

    private static final long serialVersionUID = 1L;

    @Override
    public String getName() {
        return "with";
    }

    @Override
    public String interpret(TagNode tagNode, JinjavaInterpreter interpreter) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String assignment : assignments(tagNode)) {
            int equals = ExpressionText.indexOfAssignment(assignment);
            String name = equals < 0 ? "" : assignment.substring(0, equals).trim();
            if (!ExpressionText.isIdentifier(name)) {
                throw TagBodies.syntaxError(tagNode, "Tag 'with' expects 'name = expression', got: " + assignment);
            }
            String expression = assignment.substring(equals + 1).trim();
            values.put(name, interpreter.resolveELExpression(expression, tagNode.getLineNumber()));
        }
        interpreter.enterScope();
        try {
            values.forEach(interpreter.getContext()::put);
            return TagBodies.render(tagNode, interpreter);
        } finally {
            interpreter.leaveScope();
        }
    }

    private static List<String> assignments(TagNode tagNode) {
        String helpers = tagNode.getHelpers().trim();
        return helpers.isEmpty() ? new ArrayList<>() : ExpressionText.splitCommas(helpers);
    }
}
