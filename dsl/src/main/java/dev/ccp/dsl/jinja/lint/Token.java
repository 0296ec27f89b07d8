package dev.ccp.dsl.jinja.lint;

/**
 * A token of a Jinja expression.
 *
 * @param type   what kind of token
 * @param text   the token as written
 * @param offset where it starts in its block's text
 */
record Token(Type type, String text, int offset) {

    enum Type { NAME, STRING, NUMBER, OPERATOR }

    boolean isName() {
        return type == Type.NAME;
    }

    boolean is(String operatorOrName) {
        return (type == Type.OPERATOR || type == Type.NAME) && text.equals(operatorOrName);
    }

    boolean opens() {
        return type == Type.OPERATOR && (text.equals("(") || text.equals("[") || text.equals("{"));
    }

    boolean closes() {
        return type == Type.OPERATOR && (text.equals(")") || text.equals("]") || text.equals("}"));
    }
}
