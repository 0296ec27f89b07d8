package dev.ccp.dsl.jinja.library;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import dev.ccp.dsl.jinja.python.Arguments;
import dev.ccp.dsl.jinja.python.PythonJson;

/**
 * Jinja2's {@code tojson(indent=None)}: sorted keys, {@code ", "}/{@code ": "} separators and
 * {@code <>&'} escaped as {@code \\u003c}... so the text is safe in HTML and in quotes.
 */
final class ToJsonFilter extends PyFilter {

    ToJsonFilter() {
        super("tojson");
    }

    @Override
    Object apply(Object value, Arguments arguments, JinjavaInterpreter interpreter) {
        Object indent = arguments.optional(0, "indent", null);
        if (indent == null) {
            return PythonJson.htmlSafe(value);
        }
        return PythonJson.htmlSafe(value, (int) arguments.optionalInt(0, "indent", 0));
    }
}
