package dev.ccp.dsl.jinja.engine;

import com.hubspot.jinjava.el.TruthyTypeConverter;
import dev.ccp.dsl.jinja.python.PythonStrings;
import java.util.Collection;
import java.util.Map;

/**
 * Jinjava's type conversions with Python's {@code str()} where a value becomes text (the
 * {@code ~} operator): {@code True}, {@code 1.0}, {@code ['a']}; and a strict Undefined refuses
 * to become text at all, as Jinja2's StrictUndefined does.
 */
final class PyTypeConverter extends TruthyTypeConverter {

    private static final long serialVersionUID = 1L;

    @Override
    protected String coerceToString(Object value) {
        if (value instanceof Undefined undefined) {
            undefined.checkUsable();
            return "";
        }
        if (value instanceof Boolean || value instanceof Double || value instanceof Float
                || value instanceof Collection || value instanceof Map) {
            return PythonStrings.str(value);
        }
        return super.coerceToString(value);
    }
}
