package dev.ccp.dsl.jinja.engine;

import com.hubspot.jinjava.interpret.CallStack;
import com.hubspot.jinjava.interpret.InterpretException;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import java.util.Optional;

/**
 * An error Jinja2 raises while rendering ({@code raise_exception}, a wrong argument, a missing
 * filter, an undefined value). Its message is the one the user sees. It remembers where it was
 * raised: the line of the top-level template ({@link #getLineNumber()}) and, when raised inside
 * an imported template (an export's macro), that template and its line.
 */
public class TemplateRuntimeError extends InterpretException {

    private static final long serialVersionUID = 1L;

    private final String importedTemplate;
    private final int importedLine;

    public TemplateRuntimeError(String message) {
        this(message, null, Position.current());
    }

    public TemplateRuntimeError(String message, Throwable cause) {
        this(message, cause, Position.current());
    }

    private TemplateRuntimeError(String message, Throwable cause, Position position) {
        super(message, cause, position.line(), -1);
        this.importedTemplate = position.importedTemplate();
        this.importedLine = position.importedLine();
    }

    /** The imported template the error was raised in; empty when raised in the top-level one. */
    public Optional<String> importedTemplate() {
        return Optional.ofNullable(importedTemplate);
    }

    /** The line in {@link #importedTemplate()}; 0 when not in an imported template. */
    public int importedLine() {
        return importedLine;
    }

    private record Position(int line, String importedTemplate, int importedLine) {

        static Position current() {
            JinjavaInterpreter interpreter = JinjavaInterpreter.getCurrent();
            if (interpreter == null) {
                return new Position(-1, null, 0);
            }
            CallStack paths = interpreter.getContext().getCurrentPathStack();
            Optional<String> imported = paths.peek();
            if (imported.isEmpty()) {
                return new Position(interpreter.getLineNumber(), null, 0);
            }
            return new Position(paths.getTopLineNumber(), imported.get(), Math.max(0, interpreter.getLineNumber()));
        }
    }
}
