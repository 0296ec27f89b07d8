package dev.ccp.dsl.jinja.library;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import dev.ccp.dsl.jinja.engine.Undefined;
import dev.ccp.dsl.jinja.python.Arguments;
import dev.ccp.dsl.jinja.python.PythonTruth;

/**
 * Jinja2's {@code default(default_value='', boolean=False)} (alias {@code d}): replaces an
 * Undefined value, and also falsy values when {@code boolean} is true. None is kept, and the
 * default keeps its type ({@code default(true)} is the boolean True).
 */
final class DefaultFilter extends PyFilter {

    DefaultFilter(String name) {
        super(name);
    }

    @Override
    Object apply(Object value, Arguments arguments, JinjavaInterpreter interpreter) {
        Object fallback = arguments.optional(0, "default_value", "");
        boolean replaceFalsy = PythonTruth.isTrue(arguments.optional(1, "boolean", false));
        if (value instanceof Undefined || (replaceFalsy && !PythonTruth.isTrue(value))) {
            return fallback;
        }
        return value;
    }
}
