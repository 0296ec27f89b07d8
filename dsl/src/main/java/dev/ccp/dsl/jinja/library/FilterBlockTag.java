package dev.ccp.dsl.jinja.library;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.tag.Tag;
import com.hubspot.jinjava.tree.TagNode;
import dev.ccp.dsl.jinja.python.PythonStrings;

/**
 * Jinja2's {@code {% filter upper %}...{% endfilter %}}: renders the body, then applies the
 * filter chain to it ({@code {% filter replace('a', 'b') | upper %}} works too).
 */
public final class FilterBlockTag implements Tag {

    private static final long serialVersionUID = 1L;
    private static final String BODY = "ccp_filter_block_body__";

    @Override
    public String getName() {
        return "filter";
    }

    @Override
    public String interpret(TagNode tagNode, JinjavaInterpreter interpreter) {
        String chain = tagNode.getHelpers().trim();
        if (chain.isEmpty()) {
            throw TagBodies.syntaxError(tagNode, "Tag 'filter' expects a filter name");
        }
        String body = TagBodies.render(tagNode, interpreter);
        interpreter.enterScope();
        try {
            interpreter.getContext().put(BODY, body);
            return PythonStrings.str(interpreter.resolveELExpression(BODY + "|" + chain, tagNode.getLineNumber()));
        } finally {
            interpreter.leaveScope();
        }
    }
}
