package dev.ccp.dsl.jinja.engine;

import com.hubspot.jinjava.el.ext.NamedParameter;
import dev.ccp.dsl.jinja.python.Arguments;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments Jinjava passes to a global function: keyword arguments arrive as
 * {@link NamedParameter}s among the positional ones; this sorts them out Python-style.
 */
public final class CallArguments {

    private final List<Object> positional;
    private final Map<String, Object> keywords;

    private CallArguments(List<Object> positional, Map<String, Object> keywords) {
        this.positional = positional;
        this.keywords = keywords;
    }

    public static CallArguments of(Object[] values) {
        List<Object> positional = new ArrayList<>();
        Map<String, Object> keywords = new LinkedHashMap<>();
        if (values != null) {
            for (Object value : values) {
                if (value instanceof NamedParameter named) {
                    keywords.put(named.getName(), named.getValue());
                } else {
                    positional.add(value);
                }
            }
        }
        return new CallArguments(positional, keywords);
    }

    public static CallArguments of(List<Object> positional, Map<String, Object> keywords) {
        return new CallArguments(new ArrayList<>(positional), new LinkedHashMap<>(keywords));
    }

    /**
     * Strict renders fail on an undefined argument; lenient ones pass it on as None.
     *
     * @return this, with lenient Undefined values replaced by {@code null}
     */
    public CallArguments withUndefinedAsNone() {
        positional.replaceAll(CallArguments::noneIfUndefined);
        keywords.replaceAll((name, value) -> noneIfUndefined(value));
        return this;
    }

    private static Object noneIfUndefined(Object value) {
        if (value instanceof Undefined undefined) {
            undefined.checkUsable();
            return null;
        }
        return value;
    }

    public Arguments bind(String function) {
        return new Arguments(function, positional, keywords);
    }

    public List<Object> positional() {
        return Collections.unmodifiableList(positional);
    }

    public Map<String, Object> keywords() {
        return Collections.unmodifiableMap(keywords);
    }
}
