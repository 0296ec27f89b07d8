package dev.ccp.dsl.jinja.python;

import java.util.List;
import java.util.Map;

/**
 * Python's {@code str}, {@code dict} and {@code list} methods on template values, so that
 * {@code host.split(':')[0]}, {@code '{}:{}'.format(a, b)} and {@code d.get('k', 1)} work as in
 * Jinja2.
 */
public final class PythonMethods {

    /** Returned by {@link #call} when the value has no such Python method. */
    public static final Object NOT_FOUND = new Object() {
        @Override
        public String toString() {
            return "NOT_FOUND";
        }
    };

    private PythonMethods() {
    }

    /** Python's {@code dict.items()}: the {@code (key, value)} pairs of a mapping, as tuples. */
    public static List<Object> items(Map<?, ?> mapping) {
        return MappingMethods.items(mapping);
    }

    /**
     * Calls {@code self.method(*args, **kwargs)}.
     *
     * @return the result (may be {@code null} for None), or {@link #NOT_FOUND}
     * @throws IllegalArgumentException when the arguments do not fit the method
     */
    public static Object call(Object self, String method, List<Object> args, Map<String, Object> kwargs) {
        if (self instanceof CharSequence text) {
            return StringMethods.call(text.toString(), method, args, kwargs);
        }
        if (self instanceof Map<?, ?> map) {
            return MappingMethods.call(map, method, args, kwargs);
        }
        if (self instanceof List<?> list) {
            return SequenceMethods.call(list, method, args, kwargs);
        }
        return NOT_FOUND;
    }
}
