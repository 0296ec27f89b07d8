package dev.ccp.dsl.jinja.library;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.TemplateSyntaxException;
import com.hubspot.jinjava.tree.Node;
import com.hubspot.jinjava.tree.TagNode;

/** Small helpers shared by the block tags. */
final class TagBodies {

    private TagBodies() {
    }

    static String render(TagNode tagNode, JinjavaInterpreter interpreter) {
        StringBuilder out = new StringBuilder();
        for (Node child : tagNode.getChildren()) {
            out.append(child.render(interpreter).getValue());
        }
        return out.toString();
    }

    static TemplateSyntaxException syntaxError(TagNode tagNode, String message) {
        return new TemplateSyntaxException(tagNode.getMaster().getImage(), message,
                tagNode.getLineNumber(), tagNode.getStartPosition());
    }
}
