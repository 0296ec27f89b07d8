package dev.ccp.dsl.jinja.engine;

import jinjava.de.odysseus.el.tree.Bindings;
import jinjava.de.odysseus.el.tree.impl.ast.AstBinary;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;
import jinjava.javax.el.ELContext;

/**
 * Python's {@code and}: the left operand when it is false, else the right one
 * ({@code {{ 0 and 1 }}} prints {@code 0}, {@code {{ 1 and 'x' }}} prints {@code x}); EL's
 * gives a boolean. Jinjava's {@code or} already returns an operand.
 */
final class PyAndOperator implements AstBinary.Operator {

    static final PyAndOperator AND = new PyAndOperator();

    @Override
    public Object eval(Bindings bindings, ELContext context, AstNode left, AstNode right) {
        Object leftValue = left.eval(bindings, context);
        if (!bindings.convert(leftValue, Boolean.class)) {
            return leftValue;
        }
        return right.eval(bindings, context);
    }

    @Override
    public String toString() {
        return "and";
    }
}
