package dev.ccp.dsl.jinja.library;

import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.tag.ForTag;
import com.hubspot.jinjava.tree.Node;
import com.hubspot.jinjava.tree.TagNode;
import com.hubspot.jinjava.tree.parse.TagToken;
import dev.ccp.dsl.jinja.engine.TemplateRuntimeError;
import dev.ccp.dsl.jinja.engine.TemplateSyntaxError;
import dev.ccp.dsl.jinja.python.PythonIteration;
import dev.ccp.dsl.jinja.python.PythonTruth;
import dev.ccp.dsl.jinja.python.PythonTypes;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Jinja2's {@code for}: {@code {% for x in xs if cond %}} filters the items with the loop
 * variables bound (Jinjava reads {@code xs if cond} as one conditional expression), and
 * {@code {% else %}} renders only when no item is left (Jinjava renders it on every iteration).
 * The loop itself is Jinjava's, so {@code loop.index}, {@code loop.first}, ... are unchanged.
 */
public final class PyForTag extends ForTag {

    private static final long serialVersionUID = 1L;

    @Override
    public String interpretUnchecked(TagNode tagNode, JinjavaInterpreter interpreter) {
        Clause clause = Clause.parse(tagNode);
        Object iterable = interpreter.resolveELExpression(clause.iterable(), tagNode.getLineNumber());
        List<Object> items = items(iterable);
        if (clause.condition() != null) {
            items = select(items, clause, tagNode, interpreter);
        }
        Branches branches = Branches.of(tagNode);
        if (items.isEmpty()) {
            return TagBodies.render(branches.otherwise(), interpreter);
        }
        return renderForCollection(branches.loop(this, tagNode), interpreter, clause.targets(), items);
    }

    /** The children of a {@code for} tag, split at a top-level {@code {% else %}}. */
    private record Branches(List<Node> body, List<Node> otherwise, boolean hasElse) {

        static Branches of(TagNode tagNode) {
            List<Node> body = new ArrayList<>();
            List<Node> otherwise = new ArrayList<>();
            boolean hasElse = false;
            for (Node child : tagNode.getChildren()) {
                if (!hasElse && child instanceof TagNode tag && "else".equals(tag.getName())) {
                    hasElse = true;
                } else {
                    (hasElse ? otherwise : body).add(child);
                }
            }
            return new Branches(body, otherwise, hasElse);
        }

        /** The node Jinjava's loop renders: the tag itself, or a copy holding only the loop body. */
        TagNode loop(ForTag tag, TagNode tagNode) {
            if (!hasElse) {
                return tagNode;
            }
            TagNode loop = new TagNode(tag, (TagToken) tagNode.getMaster(), tagNode.getSymbols());
            loop.setParent(tagNode.getParent());
            loop.getChildren().addAll(body);
            return loop;
        }
    }

    private static List<Object> items(Object iterable) {
        try {
            return PythonIteration.items(iterable);
        } catch (IllegalArgumentException e) {
            throw new TemplateRuntimeError(e.getMessage(), e);
        }
    }

    private static List<Object> select(List<Object> items, Clause clause, TagNode tagNode,
                                       JinjavaInterpreter interpreter) {
        List<Object> selected = new ArrayList<>();
        interpreter.enterScope();
        try {
            for (Object item : items) {
                bind(interpreter.getContext(), clause.targets(), interpreter.wrap(item));
                Object keep = interpreter.resolveELExpression(clause.condition(), tagNode.getLineNumber());
                if (PythonTruth.isTrue(keep)) {
                    selected.add(item);
                }
            }
        } finally {
            interpreter.leaveScope();
        }
        return selected;
    }

    /** Assigns one item to the loop variables, unpacking pairs for {@code k, v}. */
    private static void bind(Context context, List<String> targets, Object item) {
        if (targets.size() == 1) {
            context.put(targets.get(0), item);
            return;
        }
        List<Object> values = new ArrayList<>();
        if (item instanceof Map.Entry<?, ?> entry) {
            values.add(entry.getKey());
            values.add(entry.getValue());
        } else if (item instanceof List<?> list) {
            values.addAll(list);
        } else if (item != null && item.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(item); i++) {
                values.add(Array.get(item, i));
            }
        } else {
            throw new TemplateRuntimeError("cannot unpack non-iterable " + PythonTypes.name(item) + " object");
        }
        if (values.size() != targets.size()) {
            throw new TemplateRuntimeError(values.size() < targets.size()
                    ? "not enough values to unpack (expected " + targets.size() + ", got " + values.size() + ")"
                    : "too many values to unpack (expected " + targets.size() + ")");
        }
        for (int i = 0; i < targets.size(); i++) {
            context.put(targets.get(i), values.get(i));
        }
    }

    /** {@code targets in iterable [if condition]}. */
    record Clause(List<String> targets, String iterable, String condition) {

        static Clause parse(TagNode tagNode) {
            String helpers = tagNode.getHelpers().trim();
            int in = ExpressionText.indexOfKeyword(helpers, "in");
            if (in < 0) {
                throw syntaxError(tagNode, "Tag 'for' expects 'targets in iterable', got: " + helpers);
            }
            String targetText = helpers.substring(0, in).trim();
            if (targetText.startsWith("(") && targetText.endsWith(")")) {
                targetText = targetText.substring(1, targetText.length() - 1);
            }
            List<String> targets = ExpressionText.splitCommas(targetText);
            if (targets.isEmpty() || !targets.stream().allMatch(ExpressionText::isIdentifier)) {
                throw syntaxError(tagNode, "Tag 'for' expects loop variable names, got: " + targetText);
            }
            String rest = helpers.substring(in + 2).trim();
            if (rest.endsWith(" recursive") || rest.equals("recursive")) {
                throw syntaxError(tagNode, "'for ... recursive' is not supported");
            }
            int condition = ExpressionText.indexOfKeyword(rest, "if");
            if (condition < 0) {
                return new Clause(targets, rest, null);
            }
            String iterable = rest.substring(0, condition).trim();
            String test = rest.substring(condition + 2).trim();
            if (iterable.isEmpty() || test.isEmpty()) {
                throw syntaxError(tagNode, "Tag 'for' expects 'targets in iterable if condition', got: " + helpers);
            }
            return new Clause(targets, iterable, test);
        }

        private static TemplateSyntaxError syntaxError(TagNode tagNode, String message) {
            return TagBodies.syntaxError(tagNode, message);
        }
    }
}
