package dev.ccp.dsl.jinja.library;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import dev.ccp.dsl.jinja.python.Arguments;
import dev.ccp.dsl.jinja.python.PythonIteration;
import dev.ccp.dsl.jinja.python.PythonNumbers;

/** Jinja2's {@code sum(attribute=None, start=0)}: an int when every item is an int. */
final class SumFilter extends PyFilter {

    SumFilter() {
        super("sum");
    }

    @Override
    Object apply(Object value, Arguments arguments, JinjavaInterpreter interpreter) {
        Object attribute = arguments.optional(0, "attribute", null);
        Object total = arguments.optional(1, "start", 0L);
        for (Object item : PythonIteration.items(value)) {
            Object addend = attribute == null ? item : Attributes.get(interpreter, item, attribute);
            total = PythonNumbers.add(total, addend);
        }
        return total;
    }
}
