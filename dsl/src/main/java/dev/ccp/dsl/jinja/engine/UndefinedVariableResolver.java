package dev.ccp.dsl.jinja.engine;

import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.DynamicVariableResolver;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;

/**
 * Called by Jinjava for a top-level name whose value is {@code null}: tells a name bound to
 * None (stays None) from a name that is not bound at all (becomes {@link Undefined}). Jinjava
 * reads {@code none} and {@code None} as variable names; both mean None here.
 */
final class UndefinedVariableResolver implements DynamicVariableResolver {

    @Override
    public Object apply(String name) {
        switch (name) {
            case "none", "None":
                return null;
            case "True":
                return Boolean.TRUE;
            case "False":
                return Boolean.FALSE;
            default:
                break;
        }
        JinjavaInterpreter interpreter = JinjavaInterpreter.getCurrent();
        if (interpreter != null && isBound(interpreter.getContext(), name)) {
            return null;
        }
        return Undefined.variable(name);
    }

    private static boolean isBound(Context context, String name) {
        for (Context scope = context; scope != null; scope = scope.getParent()) {
            if (scope.getScope().containsKey(name)) {
                return true;
            }
        }
        return false;
    }
}
