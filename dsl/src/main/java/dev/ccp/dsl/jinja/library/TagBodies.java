package dev.ccp.dsl.jinja.library;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.tree.Node;
import com.hubspot.jinjava.tree.TagNode;
import dev.ccp.dsl.jinja.engine.TemplateSyntaxError;
import java.util.List;

/** Small helpers shared by the block tags. */
final class TagBodies {

    private TagBodies() {
    }

    static String render(TagNode tagNode, JinjavaInterpreter interpreter) {
        return render(tagNode.getChildren(), interpreter);
    }

    static String render(List<Node> nodes, JinjavaInterpreter interpreter) {
        StringBuilder out = new StringBuilder();
        for (Node node : nodes) {
            out.append(node.render(interpreter).getValue());
        }
        return out.toString();
    }

    static TemplateSyntaxError syntaxError(TagNode tagNode, String message) {
        return new TemplateSyntaxError(message + " in '" + tagNode.getMaster().getImage().strip() + "'",
                tagNode.getLineNumber());
    }
}
