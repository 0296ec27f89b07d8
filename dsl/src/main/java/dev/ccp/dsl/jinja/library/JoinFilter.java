package dev.ccp.dsl.jinja.library;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import dev.ccp.dsl.jinja.python.Arguments;
import dev.ccp.dsl.jinja.python.PythonIteration;
import dev.ccp.dsl.jinja.python.PythonStrings;

/** Jinja2's {@code join(d='', attribute=None)}: items joined by their Python {@code str()}. */
final class JoinFilter extends PyFilter {

    JoinFilter() {
        super("join");
    }

    @Override
    Object apply(Object value, Arguments arguments, JinjavaInterpreter interpreter) {
        String separator = PythonStrings.str(arguments.optional(0, "d", ""));
        Object attribute = arguments.optional(1, "attribute", null);
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (Object item : PythonIteration.items(value)) {
            if (!first) {
                out.append(separator);
            }
            first = false;
            out.append(PythonStrings.str(attribute == null ? item : Attributes.get(interpreter, item, attribute)));
        }
        return out.toString();
    }
}
