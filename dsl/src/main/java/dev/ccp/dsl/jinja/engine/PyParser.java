package dev.ccp.dsl.jinja.engine;

import com.hubspot.jinjava.el.ext.CollectionMembershipOperator;
import com.hubspot.jinjava.el.ext.CollectionNonMembershipOperator;
import com.hubspot.jinjava.el.ext.ExtendedParser;
import jinjava.de.odysseus.el.tree.impl.Builder;
import jinjava.de.odysseus.el.tree.impl.Parser;
import jinjava.de.odysseus.el.tree.impl.Parser.ParseException;
import jinjava.de.odysseus.el.tree.impl.Scanner.ScanException;
import jinjava.de.odysseus.el.tree.impl.Scanner.Symbol;
import jinjava.de.odysseus.el.tree.impl.ast.AstBinary;
import jinjava.de.odysseus.el.tree.impl.ast.AstBracket;
import jinjava.de.odysseus.el.tree.impl.ast.AstDot;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;
import jinjava.de.odysseus.el.tree.impl.ast.AstUnary;

/**
 * Jinjava's expression parser with five of Python's rules:
 * <ul>
 *   <li>{@code ==} and {@code !=} compare as Python does ({@link PyEqualityOperator});</li>
 *   <li>{@code in} and {@code not in} test membership as Python does ({@link PyMembershipOperator});</li>
 *   <li>{@code and} gives one of its operands, not a boolean ({@link PyAndOperator});</li>
 *   <li>an attribute or item of None is Undefined, not None ({@link NoneAttributes});</li>
 *   <li>{@code not} binds looser than comparisons: {@code not a == b} is {@code not (a == b)}
 *       (EL reads {@code (not a) == b}).</li>
 * </ul>
 */
final class PyParser extends ExtendedParser {

    PyParser(Builder context, String input) {
        super(context, input);
        putExtensionHandler(CollectionMembershipOperator.TOKEN, PyMembershipOperator.IN.handler());
        putExtensionHandler(CollectionNonMembershipOperator.TOKEN, PyMembershipOperator.NOT_IN.handler());
    }

    @Override
    protected AstBinary createAstBinary(AstNode left, AstNode right, AstBinary.Operator operator) {
        if (operator == AstBinary.EQ) {
            return super.createAstBinary(left, right, PyEqualityOperator.EQ);
        }
        if (operator == AstBinary.NE) {
            return super.createAstBinary(left, right, PyEqualityOperator.NE);
        }
        if (operator == AstBinary.AND) {
            return super.createAstBinary(left, right, PyAndOperator.AND);
        }
        return super.createAstBinary(left, right, operator);
    }

    @Override
    protected AstDot createAstDot(AstNode base, String property, boolean lvalue) {
        return new NoneAttributes.Dot(base, property, lvalue, context.isEnabled(Builder.Feature.IGNORE_RETURN_TYPE));
    }

    @Override
    protected AstBracket createAstBracket(AstNode base, AstNode property, boolean lvalue, boolean strict) {
        return new NoneAttributes.Bracket(base, property, lvalue, strict,
                context.isEnabled(Builder.Feature.IGNORE_RETURN_TYPE));
    }

    /** Python's {@code not_test}: {@code 'not' not_test | comparison}, one level above comparisons. */
    @Override
    protected AstNode eq(boolean required) throws ScanException, ParseException {
        if (getToken().getSymbol() == Symbol.NOT && "not".equals(getToken().getImage())) {
            consumeToken();
            return createAstUnary(eq(true), AstUnary.NOT);
        }
        return super.eq(required);
    }

    /** Builds {@link PyParser}s; named in the expression factory's configuration. */
    public static final class SyntaxBuilder extends com.hubspot.jinjava.el.ExtendedSyntaxBuilder {

        private static final long serialVersionUID = 1L;

        public SyntaxBuilder(Feature... features) {
            super(features);
        }

        @Override
        protected Parser createParser(String expression) {
            return new PyParser(this, expression);
        }
    }
}
