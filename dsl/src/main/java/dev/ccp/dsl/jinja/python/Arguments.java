package dev.ccp.dsl.jinja.python;

import java.util.List;
import java.util.Map;

/**
 * The arguments of one Python-style call, bound by position or keyword:
 * {@code s.split(',', 1)} and {@code s.split(sep=',', maxsplit=1)} read the same.
 */
public final class Arguments {

    private final String function;
    private final List<Object> positional;
    private final Map<String, Object> keywords;

    public Arguments(String function, List<Object> positional, Map<String, Object> keywords) {
        this.function = function;
        this.positional = positional;
        this.keywords = keywords;
    }

    /** The argument at {@code index} or named {@code name}, else {@code fallback}. */
    public Object optional(int index, String name, Object fallback) {
        if (index < positional.size()) {
            if (keywords.containsKey(name)) {
                throw new IllegalArgumentException(
                        function + "() got multiple values for argument '" + name + "'");
            }
            return positional.get(index);
        }
        return keywords.containsKey(name) ? keywords.get(name) : fallback;
    }

    public Object required(int index, String name) {
        if (index >= positional.size() && !keywords.containsKey(name)) {
            throw new IllegalArgumentException(
                    function + "() missing required argument: '" + name + "'");
        }
        return optional(index, name, null);
    }

    public String optionalString(int index, String name) {
        Object value = optional(index, name, null);
        return value == null ? null : text(name, value);
    }

    public String requiredString(int index, String name) {
        return text(name, required(index, name));
    }

    public long optionalInt(int index, String name, long fallback) {
        Object value = optional(index, name, null);
        return value == null ? fallback : integer(name, value);
    }

    public long requiredInt(int index, String name) {
        return integer(name, required(index, name));
    }

    /**
     * Checks the call against the parameter names, as Python does for
     * {@code def f(a, b=None)}: at most that many positional arguments, known keywords only.
     */
    public Arguments accept(String... names) {
        if (positional.size() > names.length) {
            throw new IllegalArgumentException(function + "() takes at most " + names.length
                    + " arguments (" + positional.size() + " given)");
        }
        List<String> known = List.of(names);
        for (String keyword : keywords.keySet()) {
            if (!known.contains(keyword)) {
                throw new IllegalArgumentException(
                        function + "() got an unexpected keyword argument '" + keyword + "'");
            }
        }
        return this;
    }

    /** Checks that no argument was passed and returns {@code result}. */
    public Object withoutArguments(Object result) {
        if (!positional.isEmpty() || !keywords.isEmpty()) {
            throw new IllegalArgumentException(function + "() takes no arguments");
        }
        return result;
    }

    private String text(String name, Object value) {
        if (value instanceof CharSequence) {
            return value.toString();
        }
        throw new IllegalArgumentException(function + "() argument '" + name + "' must be str, not "
                + PythonTypes.name(value));
    }

    private long integer(String name, Object value) {
        if (value instanceof Number number && !(value instanceof Double) && !(value instanceof Float)) {
            return number.longValue();
        }
        throw new IllegalArgumentException(function + "() argument '" + name + "' must be int, not "
                + PythonTypes.name(value));
    }
}
