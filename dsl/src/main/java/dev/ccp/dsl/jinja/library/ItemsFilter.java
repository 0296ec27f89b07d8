package dev.ccp.dsl.jinja.library;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import dev.ccp.dsl.jinja.engine.Undefined;
import dev.ccp.dsl.jinja.python.Arguments;
import dev.ccp.dsl.jinja.python.PythonMethods;
import java.util.ArrayList;
import java.util.Map;

/** Jinja2's {@code items}: the (key, value) pairs of a mapping; nothing for an Undefined. */
final class ItemsFilter extends PyFilter {

    ItemsFilter() {
        super("items");
    }

    @Override
    Object apply(Object value, Arguments arguments, JinjavaInterpreter interpreter) {
        arguments.withoutArguments(null);
        if (value instanceof Undefined) {
            return new ArrayList<>();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("Can only get item pairs from a mapping.");
        }
        return PythonMethods.items(map);
    }
}
