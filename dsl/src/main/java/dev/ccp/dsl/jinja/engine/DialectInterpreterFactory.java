package dev.ccp.dsl.jinja.engine;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.InterpreterFactory;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;

/** Makes Jinjava create {@link DialectInterpreter}s, so imports keep the render's state. */
final class DialectInterpreterFactory implements InterpreterFactory {

    @Override
    public JinjavaInterpreter newInstance(JinjavaInterpreter parent) {
        if (parent instanceof DialectInterpreter dialect) {
            return new DialectInterpreter(dialect);
        }
        throw new IllegalStateException("not an interpreter of the ccp Jinja dialect: " + parent);
    }

    @Override
    public JinjavaInterpreter newInstance(Jinjava application, Context context, JinjavaConfig config) {
        return new DialectInterpreter(application, context, config, RenderState.LENIENT);
    }
}
