package dev.ccp.dsl.jinja.engine;

import jinjava.de.odysseus.el.tree.Bindings;
import jinjava.de.odysseus.el.tree.impl.ast.AstBracket;
import jinjava.de.odysseus.el.tree.impl.ast.AstDot;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;
import jinjava.javax.el.ELContext;
import jinjava.javax.el.PropertyNotFoundException;

/**
 * {@code x.attr} and {@code x['key']} where {@code x} is None: Jinja2 gives an Undefined
 * ({@code 'None' has no attribute 'attr'}); EL gives null before any resolver is asked, which
 * prints {@code None} and counts as defined.
 */
final class NoneAttributes {

    private NoneAttributes() {
    }

    /** {@code base.name}. */
    static final class Dot extends AstDot {

        Dot(AstNode base, String property, boolean lvalue, boolean ignoreReturnType) {
            super(base, property, lvalue, ignoreReturnType);
        }

        @Override
        public Object eval(Bindings bindings, ELContext context) {
            return read(prefix.eval(bindings, context), property, context);
        }
    }

    /** {@code base[key]}. */
    static final class Bracket extends AstBracket {

        Bracket(AstNode base, AstNode property, boolean lvalue, boolean strict, boolean ignoreReturnType) {
            super(base, property, lvalue, strict, ignoreReturnType);
        }

        @Override
        public Object eval(Bindings bindings, ELContext context) {
            Object base = prefix.eval(bindings, context);
            Object key = getProperty(bindings, context);
            if (key == null && strict && base != null) {
                return null;
            }
            return read(base, key, context);
        }
    }

    private static Object read(Object base, Object property, ELContext context) {
        if (base == null) {
            return Undefined.attribute(null, property);
        }
        context.setPropertyResolved(false);
        Object value = context.getELResolver().getValue(context, base, property);
        if (!context.isPropertyResolved()) {
            throw new PropertyNotFoundException("Cannot resolve property '" + property + "'");
        }
        return value;
    }
}
