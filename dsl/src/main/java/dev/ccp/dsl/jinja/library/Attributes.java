package dev.ccp.dsl.jinja.library;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import java.util.List;

/** Jinja2's attribute getter for filters: {@code attribute='a.b'} or an index, dotted paths allowed. */
final class Attributes {

    private Attributes() {
    }

    static Object get(JinjavaInterpreter interpreter, Object item, Object attribute) {
        List<String> path = List.of(String.valueOf(attribute).split("\\."));
        return interpreter.resolveProperty(item, path);
    }
}
