package dev.ccp.dsl.jinja.engine;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;

/** A Jinjava interpreter that knows the {@link RenderState} of the render it belongs to. */
public final class DialectInterpreter extends JinjavaInterpreter {

    private final RenderState state;

    DialectInterpreter(Jinjava application, Context context, JinjavaConfig config, RenderState state) {
        super(application, context, config);
        this.state = state;
    }

    /** A child interpreter (imports), sharing the parent's render state. */
    DialectInterpreter(DialectInterpreter parent) {
        super(parent);
        this.state = parent.state;
    }

    public RenderState state() {
        return state;
    }

    /** The state of the render running on this thread; lenient defaults outside a render. */
    public static RenderState currentState() {
        return JinjavaInterpreter.getCurrent() instanceof DialectInterpreter interpreter
                ? interpreter.state
                : RenderState.LENIENT;
    }
}
