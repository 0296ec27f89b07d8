package dev.ccp.dsl.jinja.library;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.fn.ELFunctionDefinition;
import dev.ccp.dsl.jinja.engine.CallArguments;
import dev.ccp.dsl.jinja.engine.TemplateRuntimeError;
import dev.ccp.dsl.jinja.engine.Undefined;
import dev.ccp.dsl.jinja.python.Arguments;
import dev.ccp.dsl.jinja.python.PythonStrings;
import dev.ccp.dsl.jinja.python.PythonTruth;
import java.util.List;
import java.util.Map;

/**
 * The global functions every CCP template may call: {@code address(...)} and
 * {@code raise_exception(msg)}. Jinjava calls them as static methods with Python-style
 * arguments; the render's variables come from the running interpreter.
 */
public final class CcpFunctions {

    private CcpFunctions() {
    }

    static List<ELFunctionDefinition> definitions() {
        return List.of(
                new ELFunctionDefinition("", "address", CcpFunctions.class, "address", Object[].class),
                new ELFunctionDefinition("", "raise_exception", CcpFunctions.class, "raiseException", Object[].class));
    }

    /** {@code address(service, port=None, external=False, with_scheme=False)}; see {@link ServiceAddress}. */
    public static String address(Object... values) {
        try {
            CallArguments call = CallArguments.of(values);
            Arguments arguments = call.bind("address").accept("service", "port", "external", "with_scheme");
            Object service = arguments.required(0, "service");
            if (service instanceof Undefined undefined) {
                throw undefined.error();
            }
            if (!(service instanceof CharSequence)) {
                throw new IllegalArgumentException("address() service must be a string, not " + PythonStrings.repr(service));
            }
            Object port = arguments.optional(1, "port", null);
            if (port instanceof Undefined undefined) {
                undefined.checkUsable();
                port = null;
            }
            if (port != null && !(port instanceof Map)) {
                throw new IllegalArgumentException("address() port must be a mapping such as {cont: 80}, not "
                        + PythonStrings.repr(port));
            }
            boolean external = PythonTruth.isTrue(arguments.optional(2, "external", false));
            boolean withScheme = PythonTruth.isTrue(arguments.optional(3, "with_scheme", false));
            JinjavaInterpreter interpreter = JinjavaInterpreter.getCurrent();
            return new ServiceAddress(interpreter.getContext()::get)
                    .address(service.toString(), (Map<?, ?>) port, external, withScheme);
        } catch (IllegalArgumentException e) {
            throw new TemplateRuntimeError(e.getMessage(), e);
        }
    }

    /** {@code raise_exception(msg)}: fails the render with {@code msg}, as fuel-ccp's AssertionError. */
    public static Object raiseException(Object... values) {
        Arguments arguments;
        Object message;
        try {
            arguments = CallArguments.of(values).bind("raise_exception").accept("msg");
            message = arguments.required(0, "msg");
        } catch (IllegalArgumentException e) {
            throw new TemplateRuntimeError(e.getMessage(), e);
        }
        if (message instanceof Undefined undefined) {
            undefined.checkUsable();
        }
        throw new TemplateRuntimeError(PythonStrings.str(message));
    }
}
