package dev.ccp.dsl.jinja.library;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import dev.ccp.dsl.jinja.engine.DialectInterpreter;
import dev.ccp.dsl.jinja.python.Arguments;
import dev.ccp.dsl.jinja.python.PythonStrings;

/**
 * CCP's {@code gethostbyname}: the IPv4 address of a host name, through the render's
 * {@link dev.ccp.dsl.jinja.HostResolver} (a real DNS lookup in containers, the name itself
 * where rendering must stay offline). An unresolvable name is an error, as in Python.
 */
final class GetHostByNameFilter extends PyFilter {

    GetHostByNameFilter() {
        super("gethostbyname");
    }

    @Override
    Object apply(Object value, Arguments arguments, JinjavaInterpreter interpreter) {
        arguments.withoutArguments(null);
        return DialectInterpreter.currentState().hostResolver().resolve(PythonStrings.str(value));
    }
}
