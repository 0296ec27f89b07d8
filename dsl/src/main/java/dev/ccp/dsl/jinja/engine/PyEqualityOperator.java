package dev.ccp.dsl.jinja.engine;

import dev.ccp.dsl.jinja.python.PythonEquality;
import jinjava.de.odysseus.el.misc.TypeConverter;
import jinjava.de.odysseus.el.tree.impl.ast.AstBinary;

/**
 * {@code ==} and {@code !=} with Python's rules ({@link PythonEquality}) instead of EL's type
 * conversions. Comparing a strict Undefined raises; a lenient one equals only another Undefined.
 */
final class PyEqualityOperator extends AstBinary.SimpleOperator {

    static final PyEqualityOperator EQ = new PyEqualityOperator(false);
    static final PyEqualityOperator NE = new PyEqualityOperator(true);

    private final boolean negated;

    private PyEqualityOperator(boolean negated) {
        this.negated = negated;
    }

    @Override
    protected Object apply(TypeConverter converter, Object left, Object right) {
        checkComparable(left);
        checkComparable(right);
        boolean equal = (left instanceof Undefined || right instanceof Undefined)
                ? left instanceof Undefined && right instanceof Undefined
                : PythonEquality.equal(left, right);
        return equal != negated;
    }

    private static void checkComparable(Object value) {
        if (value instanceof Undefined undefined) {
            undefined.checkUsable();
        }
    }

    @Override
    public String toString() {
        return negated ? "!=" : "==";
    }
}
