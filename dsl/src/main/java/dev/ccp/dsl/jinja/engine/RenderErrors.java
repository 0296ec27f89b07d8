package dev.ccp.dsl.jinja.engine;

import com.hubspot.jinjava.interpret.InterpretException;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.interpret.TemplateError.ErrorReason;
import com.hubspot.jinjava.interpret.TemplateError.ErrorType;
import com.hubspot.jinjava.interpret.errorcategory.BasicTemplateErrorCategory;
import com.hubspot.jinjava.interpret.errorcategory.TemplateErrorCategory;
import dev.ccp.dsl.problem.Problem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what Jinjava reports about a render into {@link Problem}s: every fatal error, syntax
 * error and cycle (which Jinja2 would raise), with the template, the line and the message of the
 * root cause ({@code raise_exception}'s text, {@code 'foo' is undefined}) rather than Jinjava's
 * wrapper text.
 */
final class RenderErrors {

    /** Jinjava's wrapper for an error inside an imported template: "Error in `x.j2` on line 3: ...". */
    private static final Pattern IN_CHILD = Pattern.compile("^(?:Error|Warning) in `([^`]*)`( on line \\d+)?: ");

    private static final Set<TemplateErrorCategory> CYCLES = Set.of(
            BasicTemplateErrorCategory.CYCLE_DETECTED,
            BasicTemplateErrorCategory.IMPORT_CYCLE_DETECTED,
            BasicTemplateErrorCategory.INCLUDE_CYCLE_DETECTED,
            BasicTemplateErrorCategory.FROM_CYCLE_DETECTED);

    private RenderErrors() {
    }

    static List<Problem> problems(String template, List<TemplateError> errors, RuntimeException failure) {
        Set<Problem> problems = new LinkedHashSet<>();
        for (TemplateError error : errors) {
            if (isFailure(error)) {
                problems.add(problem(template, error));
            }
        }
        if (failure != null) {
            problems.add(problem(template, failure));
        }
        return List.copyOf(problems);
    }

    /** The exception behind the first problem, for {@code --debug} stack traces. */
    static Throwable cause(List<TemplateError> errors, RuntimeException failure) {
        for (TemplateError error : errors) {
            if (isFailure(error) && error.getException() != null) {
                return error.getException();
            }
        }
        return failure;
    }

    /** Fatal errors, syntax errors and cycles: Jinja2 raises for all of them. */
    private static boolean isFailure(TemplateError error) {
        return error.getSeverity() == ErrorType.FATAL
                || error.getReason() == ErrorReason.SYNTAX_ERROR
                || CYCLES.contains(error.getCategory());
    }

    private static Problem problem(String template, TemplateError error) {
        TemplateRuntimeError runtime = find(error.getException(), TemplateRuntimeError.class);
        if (runtime != null) {
            return problem(template, runtime);
        }
        String message = messageOf(error.getException(), error.getMessage());
        Matcher child = IN_CHILD.matcher(error.getMessage() == null ? "" : error.getMessage());
        if (child.find()) {
            message = "in " + child.group(1) + (child.group(2) == null ? "" : child.group(2)) + ": " + message;
        }
        return Problem.at(template, Math.max(0, error.getLineno()), "", message);
    }

    private static Problem problem(String template, RuntimeException failure) {
        TemplateRuntimeError runtime = find(failure, TemplateRuntimeError.class);
        if (runtime != null) {
            return problem(template, runtime);
        }
        int line = failure instanceof InterpretException interpret ? interpret.getLineNumber() : 0;
        return Problem.at(template, Math.max(0, line), "", messageOf(failure, failure.getMessage()));
    }

    /** Where our own error says it was raised; inside an export, the export and its line lead the message. */
    private static Problem problem(String template, TemplateRuntimeError error) {
        String message = error.importedTemplate()
                .map(imported -> "in " + imported + " on line " + error.importedLine() + ": " + error.getMessage())
                .orElse(error.getMessage());
        return Problem.at(template, Math.max(0, error.getLineNumber()), "", message);
    }

    /** The root cause's message unless it comes from inside Jinjava; else Jinjava's message. */
    private static String messageOf(Throwable exception, String fallback) {
        Throwable root = rootCause(exception);
        if (root != null && root.getMessage() != null && !isJinjavaInternal(root)) {
            return root.getMessage();
        }
        return fallback == null || fallback.isBlank() ? String.valueOf(exception) : fallback;
    }

    private static <T extends Throwable> T find(Throwable exception, Class<T> type) {
        List<Throwable> seen = new ArrayList<>();
        for (Throwable t = exception; t != null && !seen.contains(t); t = t.getCause()) {
            seen.add(t);
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable exception) {
        Throwable root = exception;
        List<Throwable> seen = new ArrayList<>();
        while (root != null && root.getCause() != null && !seen.contains(root.getCause())) {
            seen.add(root);
            root = root.getCause();
        }
        return root;
    }

    private static boolean isJinjavaInternal(Throwable exception) {
        String name = exception.getClass().getName();
        return name.startsWith("com.hubspot.") || name.startsWith("jinjava.");
    }
}
