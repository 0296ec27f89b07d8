package dev.ccp.dsl.jinja.python;

import java.util.Collection;
import java.util.Map;

/** The Python type name of a template value, for error messages ({@code 'dict object'}). */
public final class PythonTypes {

    private PythonTypes() {
    }

    public static String name(Object value) {
        if (value == null) {
            return "NoneType";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof CharSequence || value instanceof Character) {
            return "str";
        }
        if (value instanceof Double || value instanceof Float || value instanceof java.math.BigDecimal) {
            return "float";
        }
        if (value instanceof Number) {
            return "int";
        }
        if (value instanceof Map) {
            return "dict";
        }
        if (value instanceof java.util.Set) {
            return "set";
        }
        if (value instanceof Collection || value.getClass().isArray()) {
            return "list";
        }
        return value.getClass().getSimpleName();
    }
}
