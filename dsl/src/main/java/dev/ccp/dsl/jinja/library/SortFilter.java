package dev.ccp.dsl.jinja.library;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import dev.ccp.dsl.jinja.python.Arguments;
import dev.ccp.dsl.jinja.python.PythonIteration;
import dev.ccp.dsl.jinja.python.PythonNumbers;
import dev.ccp.dsl.jinja.python.PythonTruth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Jinja2's {@code sort(reverse=False, case_sensitive=False, attribute=None)}: a stable sort,
 * strings compared without case by default, {@code attribute} may name several comma-separated
 * keys. (Jinjava's version takes keyword arguments by position.)
 */
final class SortFilter extends PyFilter {

    SortFilter() {
        super("sort");
    }

    @Override
    Object apply(Object value, Arguments arguments, JinjavaInterpreter interpreter) {
        boolean reverse = PythonTruth.isTrue(arguments.optional(0, "reverse", false));
        boolean caseSensitive = PythonTruth.isTrue(arguments.optional(1, "case_sensitive", false));
        Object attribute = arguments.optional(2, "attribute", null);
        List<String> keys = attribute == null ? List.of() : List.of(String.valueOf(attribute).split(","));
        List<Object> items = new ArrayList<>(PythonIteration.items(value));
        Comparator<Object> order = (a, b) -> compare(interpreter, keys, caseSensitive, a, b);
        items.sort(reverse ? order.reversed() : order);
        return items;
    }

    private static int compare(JinjavaInterpreter interpreter, List<String> keys, boolean caseSensitive, Object a, Object b) {
        if (keys.isEmpty()) {
            return PythonNumbers.compare(key(a, caseSensitive), key(b, caseSensitive));
        }
        for (String attribute : keys) {
            int order = PythonNumbers.compare(key(Attributes.get(interpreter, a, attribute.strip()), caseSensitive),
                    key(Attributes.get(interpreter, b, attribute.strip()), caseSensitive));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    private static Object key(Object value, boolean caseSensitive) {
        return !caseSensitive && value instanceof CharSequence text ? text.toString().toLowerCase(Locale.ROOT) : value;
    }
}
