package dev.ccp.dsl.jinja.engine;

/** An undefined value was used where Jinja2 fails: {@code 'foo' is undefined}. */
public final class UndefinedError extends TemplateRuntimeError {

    private static final long serialVersionUID = 1L;

    public UndefinedError(String message) {
        super(message);
    }
}
