package dev.ccp.dsl.jinja.library;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import dev.ccp.dsl.jinja.engine.Undefined;
import dev.ccp.dsl.jinja.python.Arguments;
import dev.ccp.dsl.jinja.python.PythonIteration;
import dev.ccp.dsl.jinja.python.PythonNumbers;
import dev.ccp.dsl.jinja.python.PythonTruth;
import java.util.List;
import java.util.Locale;

/**
 * Jinja2's {@code min} and {@code max(case_sensitive=False, attribute=None)}: the first
 * smallest (largest) item, comparing strings without case by default; an empty sequence gives
 * an Undefined.
 */
final class MinMaxFilter extends PyFilter {

    private final boolean largest;

    private MinMaxFilter(String name, boolean largest) {
        super(name);
        this.largest = largest;
    }

    static MinMaxFilter min() {
        return new MinMaxFilter("min", false);
    }

    static MinMaxFilter max() {
        return new MinMaxFilter("max", true);
    }

    @Override
    Object apply(Object value, Arguments arguments, JinjavaInterpreter interpreter) {
        boolean caseSensitive = PythonTruth.isTrue(arguments.optional(0, "case_sensitive", false));
        Object attribute = arguments.optional(1, "attribute", null);
        List<Object> items = PythonIteration.items(value);
        if (items.isEmpty()) {
            return Undefined.withMessage("No aggregated item, sequence was empty.");
        }
        Object best = items.get(0);
        Object bestKey = key(interpreter, best, attribute, caseSensitive);
        for (Object item : items.subList(1, items.size())) {
            Object itemKey = key(interpreter, item, attribute, caseSensitive);
            int order = PythonNumbers.compare(itemKey, bestKey);
            if (largest ? order > 0 : order < 0) {
                best = item;
                bestKey = itemKey;
            }
        }
        return best;
    }

    private static Object key(JinjavaInterpreter interpreter, Object item, Object attribute, boolean caseSensitive) {
        Object key = attribute == null ? item : Attributes.get(interpreter, item, attribute);
        return !caseSensitive && key instanceof CharSequence text ? text.toString().toLowerCase(Locale.ROOT) : key;
    }
}
