package dev.ccp.dsl.jinja.python;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The read-only methods of Python's {@code dict}: {@code get}, {@code items}, {@code keys}, ... */
final class MappingMethods {

    private MappingMethods() {
    }

    static Object call(Map<?, ?> self, String method, List<Object> args, Map<String, Object> kwargs) {
        Arguments a = new Arguments(method, args, kwargs);
        return switch (method) {
            case "get" -> get(self, a.required(0, "key"), a.optional(1, "default", null));
            case "items" -> a.withoutArguments(items(self));
            case "keys" -> a.withoutArguments(new ArrayList<Object>(self.keySet()));
            case "values" -> a.withoutArguments(new ArrayList<Object>(self.values()));
            case "copy" -> a.withoutArguments(new LinkedHashMap<Object, Object>(self));
            default -> PythonMethods.NOT_FOUND;
        };
    }

    private static Object get(Map<?, ?> self, Object key, Object fallback) {
        return self.containsKey(key) ? self.get(key) : fallback;
    }

    /** The {@code (key, value)} pairs in order. */
    static List<Object> items(Map<?, ?> self) {
        List<Object> items = new ArrayList<>(self.size());
        for (Map.Entry<?, ?> entry : self.entrySet()) {
            items.add(PythonTuple.of(entry.getKey(), entry.getValue()));
        }
        return items;
    }
}
