package dev.ccp.dsl.jinja.engine;

import com.hubspot.jinjava.interpret.InterpretException;

/** A template that Jinja2 would not compile: a malformed tag or an empty expression. */
public final class TemplateSyntaxError extends InterpretException {

    private static final long serialVersionUID = 1L;

    public TemplateSyntaxError(String message, int line) {
        super(message, line);
    }
}
