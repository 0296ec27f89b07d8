package dev.ccp.dsl.jinja.engine;

import com.hubspot.jinjava.interpret.InterpretException;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;

/**
 * An error Jinja2 raises while rendering ({@code raise_exception}, a wrong argument, a missing
 * filter). It remembers the template line being rendered when it was raised, and its message is
 * the one the user sees.
 */
public class TemplateRuntimeError extends InterpretException {

    private static final long serialVersionUID = 1L;

    public TemplateRuntimeError(String message) {
        super(message, currentLine(), -1);
    }

    public TemplateRuntimeError(String message, Throwable cause) {
        super(message, cause, currentLine(), -1);
    }

    private static int currentLine() {
        return JinjavaInterpreter.getCurrentMaybe().map(JinjavaInterpreter::getLineNumber).orElse(-1);
    }
}
