package dev.ccp.dsl.jinja.python;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The read-only methods of Python's {@code list}: {@code index} and {@code count}. */
final class SequenceMethods {

    private SequenceMethods() {
    }

    static Object call(List<?> self, String method, List<Object> args, Map<String, Object> kwargs) {
        Arguments a = new Arguments(method, args, kwargs);
        return switch (method) {
            case "index" -> index(self, a.required(0, "value"));
            case "count" -> self.stream().filter(item -> Objects.equals(item, a.required(0, "value"))).count();
            default -> PythonMethods.NOT_FOUND;
        };
    }

    private static long index(List<?> self, Object value) {
        int at = self.indexOf(value);
        if (at < 0) {
            throw new IllegalArgumentException(PythonStrings.repr(value) + " is not in list");
        }
        return at;
    }
}
