package dev.ccp.dsl.jinja.library;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import dev.ccp.dsl.jinja.python.Arguments;
import dev.ccp.dsl.jinja.python.PythonIteration;
import java.util.ArrayList;
import java.util.List;

/**
 * Jinja2's {@code batch(linecount, fill_with=None)}: lists of {@code linecount} items; the last
 * one is padded only when {@code fill_with} is given (Jinjava pads it with None).
 */
final class BatchFilter extends PyFilter {

    BatchFilter() {
        super("batch");
    }

    @Override
    Object apply(Object value, Arguments arguments, JinjavaInterpreter interpreter) {
        long size = arguments.requiredInt(0, "linecount");
        Object fill = arguments.optional(1, "fill_with", null);
        if (size <= 0) {
            throw new IllegalArgumentException("batch size must be positive");
        }
        List<Object> batches = new ArrayList<>();
        List<Object> current = new ArrayList<>();
        for (Object item : PythonIteration.items(value)) {
            if (current.size() == size) {
                batches.add(current);
                current = new ArrayList<>();
            }
            current.add(item);
        }
        if (!current.isEmpty()) {
            while (fill != null && current.size() < size) {
                current.add(fill);
            }
            batches.add(current);
        }
        return batches;
    }
}
