package dev.ccp.dsl.jinja;

import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import java.util.List;

/** A template failed to render: syntax error, undefined variable, raise_exception, ... */
public class TemplateRenderException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public TemplateRenderException(List<Problem> problems, Throwable cause) {
        super("template rendering failed", problems, cause);
    }

    public TemplateRenderException(String template, int line, String message) {
        this(List.of(Problem.at(template, line, "", message)), null);
    }
}
