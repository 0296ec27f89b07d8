package dev.ccp.dsl.jinja.library;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.filter.Filter;
import dev.ccp.dsl.jinja.engine.TemplateRuntimeError;
import dev.ccp.dsl.jinja.python.Arguments;
import java.util.Arrays;
import java.util.Map;

/**
 * A filter with Jinja2's semantics, given its arguments bound Python-style (by position or
 * keyword) and its input unconverted.
 */
abstract class PyFilter implements Filter {

    private final String name;

    PyFilter(String name) {
        this.name = name;
    }

    @Override
    public final String getName() {
        return name;
    }

    /**
     * @throws IllegalArgumentException with Jinja2's message when the input or the arguments do
     *                                  not fit; reported as a template error
     */
    abstract Object apply(Object value, Arguments arguments, JinjavaInterpreter interpreter);

    @Override
    public final Object filter(Object value, JinjavaInterpreter interpreter, Object[] args, Map<String, Object> kwargs) {
        try {
            return apply(value, new Arguments(name, Arrays.asList(args), kwargs), interpreter);
        } catch (IllegalArgumentException e) {
            throw new TemplateRuntimeError(e.getMessage(), e);
        }
    }

    @Override
    public final Object filter(Object value, JinjavaInterpreter interpreter, String... args) {
        return filter(value, interpreter, (Object[]) args, Map.of());
    }
}
