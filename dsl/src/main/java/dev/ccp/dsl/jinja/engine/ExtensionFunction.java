package dev.ccp.dsl.jinja.engine;

import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.lib.fn.MacroFunction;
import dev.ccp.dsl.jinja.TemplateFunction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link TemplateFunction} given to one render, installed in that render's context as a
 * global macro: Jinjava resolves calls to global macros by name at render time, which global
 * functions (static methods registered once) cannot offer.
 */
public final class ExtensionFunction extends MacroFunction {

    private final transient TemplateFunction function;

    ExtensionFunction(String name, TemplateFunction function, Context scope) {
        super(List.of(), name, new LinkedHashMap<>(), false, scope, -1, -1);
        this.function = function;
    }

    @Override
    public Object doEvaluate(Map<String, Object> argMap, Map<String, Object> kwargMap, List<Object> varArgs) {
        CallArguments call = CallArguments.of(varArgs, kwargMap).withUndefinedAsNone();
        try {
            return function.call(call.positional(), call.keywords());
        } catch (TemplateRuntimeError e) {
            throw e;
        } catch (RuntimeException e) {
            throw new TemplateRuntimeError(getName() + "(): " + messageOf(e), e);
        }
    }

    private static String messageOf(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
