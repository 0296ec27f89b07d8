package dev.ccp.dsl.jinja.library;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import dev.ccp.dsl.jinja.python.Arguments;
import dev.ccp.dsl.jinja.python.PythonStrings;

/** Jinja2's {@code string}: Python {@code str()} of the value ({@code True}, not {@code true}). */
final class StringFilter extends PyFilter {

    StringFilter() {
        super("string");
    }

    @Override
    Object apply(Object value, Arguments arguments, JinjavaInterpreter interpreter) {
        arguments.withoutArguments(null);
        return PythonStrings.str(value);
    }
}
