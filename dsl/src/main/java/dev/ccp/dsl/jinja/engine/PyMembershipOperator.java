package dev.ccp.dsl.jinja.engine;

import dev.ccp.dsl.jinja.python.PythonEquality;
import dev.ccp.dsl.jinja.python.PythonIteration;
import dev.ccp.dsl.jinja.python.PythonTypes;
import jinjava.de.odysseus.el.misc.TypeConverter;
import jinjava.de.odysseus.el.tree.impl.Parser.ExtensionHandler;
import jinjava.de.odysseus.el.tree.impl.Parser.ExtensionPoint;
import jinjava.de.odysseus.el.tree.impl.ast.AstBinary;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;

/**
 * Python's {@code in} and {@code not in}: a substring test for strings, otherwise Python
 * equality against each item or key. Jinjava converts the left operand to the type of the
 * container's first element, so {@code 'x' in [1, 'x']} is false there and {@code '1' in [1]}
 * true.
 */
final class PyMembershipOperator extends AstBinary.SimpleOperator {

    static final PyMembershipOperator IN = new PyMembershipOperator(false);
    static final PyMembershipOperator NOT_IN = new PyMembershipOperator(true);

    private final boolean negated;

    private PyMembershipOperator(boolean negated) {
        this.negated = negated;
    }

    /** The parser hook that builds this operator. */
    ExtensionHandler handler() {
        return new ExtensionHandler(ExtensionPoint.CMP) {
            @Override
            public AstNode createAstNode(AstNode... children) {
                return new AstBinary(children[0], children[1], PyMembershipOperator.this);
            }
        };
    }

    @Override
    protected Object apply(TypeConverter converter, Object item, Object container) {
        if (item instanceof Undefined undefined) {
            undefined.checkUsable();
        }
        return contains(container, item) != negated;
    }

    private static boolean contains(Object container, Object item) {
        if (container instanceof CharSequence text) {
            if (!(item instanceof CharSequence)) {
                throw new TemplateRuntimeError("'in <string>' requires string as left operand, not "
                        + PythonTypes.name(item));
            }
            return text.toString().contains(item.toString());
        }
        if (container == null || container instanceof Number || container instanceof Boolean) {
            throw new TemplateRuntimeError("argument of type '" + PythonTypes.name(container) + "' is not iterable");
        }
        if (item instanceof Undefined) {
            return false;
        }
        for (Object candidate : PythonIteration.items(container)) {
            if (PythonEquality.equal(item, candidate)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return negated ? "not in" : "in";
    }
}
