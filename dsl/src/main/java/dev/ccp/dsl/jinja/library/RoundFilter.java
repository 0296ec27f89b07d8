package dev.ccp.dsl.jinja.library;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import dev.ccp.dsl.jinja.python.Arguments;
import dev.ccp.dsl.jinja.python.PythonNumbers;

/**
 * Jinja2's {@code round(precision=0, method='common')}: {@code common} is Python's
 * {@code round()} (half to even on the exact binary value: {@code 2.5} gives {@code 2.0},
 * {@code 2.675} with precision 2 gives {@code 2.67}); {@code ceil} and {@code floor} always give
 * a float.
 */
final class RoundFilter extends PyFilter {

    RoundFilter() {
        super("round");
    }

    @Override
    Object apply(Object value, Arguments arguments, JinjavaInterpreter interpreter) {
        int precision = (int) arguments.optionalInt(0, "precision", 0);
        String method = String.valueOf(arguments.optional(1, "method", "common"));
        return switch (method) {
            case "common" -> PythonNumbers.round(value, precision);
            case "ceil" -> PythonNumbers.roundWith(value, precision, Math::ceil);
            case "floor" -> PythonNumbers.roundWith(value, precision, Math::floor);
            default -> throw new IllegalArgumentException("method must be common, ceil or floor");
        };
    }
}
