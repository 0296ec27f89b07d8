package dev.ccp.dsl.jinja.engine;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.LegacyOverrides;
import com.hubspot.jinjava.el.JinjavaInterpreterResolver;
import com.hubspot.jinjava.interpret.Context;
import dev.ccp.dsl.jinja.TemplateFunction;
import dev.ccp.dsl.jinja.TemplateRenderException;
import dev.ccp.dsl.problem.Problem;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import jinjava.de.odysseus.el.ExpressionFactoryImpl;
import jinjava.de.odysseus.el.tree.TreeBuilder;
import jinjava.javax.el.ExpressionFactory;

/**
 * One configured Jinjava, set up once to render like Python Jinja2 (JINJA.md), shared by all
 * renders and threads. Each render gets its own context and interpreter; nothing else is
 * created per render.
 */
public final class DialectEngine {

    /**
     * How deeply macro calls may nest (scopes included). Jinja2 allows recursion and a macro
     * call as an argument of the same macro ({@code m(m(1))}); Jinjava's default treats both as
     * a cycle and silently prints nothing.
     */
    private static final int MAX_MACRO_DEPTH = 100;

    private final JinjavaConfig config;
    private final LibraryContext library;
    private final Jinjava jinjava;

    public DialectEngine(Builtins builtins) {
        this.config = JinjavaConfig.newBuilder()
                .withKeepTrailingNewline(false)
                .withNestedInterpretationEnabled(false)
                .withTrimBlocks(false)
                .withLstripBlocks(false)
                .withEnableRecursiveMacroCalls(true)
                .withMaxMacroRecursionDepth(MAX_MACRO_DEPTH)
                .withLegacyOverrides(LegacyOverrides.newBuilder()
                        .withUsePyishObjectMapper(true)
                        .withEvaluateMapKeys(true)
                        .withIterateOverMapKeys(true)
                        .withParseWhitespaceControlStrictly(true)
                        .withUseTrimmingForNotesAndExpressions(true)
                        .withUseNaturalOperatorPrecedence(true)
                        .withKeepNullableLoopValues(true)
                        .withHandleBackslashInQuotesOnly(true)
                        .withAllowAdjacentTextNodes(true)
                        .build())
                .withElResolver(new PyELResolver(JinjavaInterpreterResolver.DEFAULT_RESOLVER_READ_ONLY))
                .withInterperterFactory(new DialectInterpreterFactory())
                .build();
        this.library = new LibraryContext(JinjavaOnlyBuiltins.disabled());
        builtins.tags().forEach(library::registerTag);
        builtins.filters().forEach(library::registerFilter);
        builtins.tests().forEach(library::registerExpTest);
        builtins.functions().forEach(library::registerFunction);
        library.setDynamicVariableResolver(new UndefinedVariableResolver());
        library.setExpressionStrategy(new PyExpressionStrategy());
        library.freeze();
        this.jinjava = new LibraryJinjava(config, library);
        jinjava.setResourceLocator(new SearchPathLocator());
    }

    /**
     * Renders {@code source} (named {@code name} in errors) with {@code variables}.
     *
     * @throws TemplateRenderException naming the template, line and cause of every error
     */
    public String render(String name, String source, Map<String, ?> variables, RenderState state,
                         Map<String, TemplateFunction> functions) {
        Context context = new Context(library, TemplateContext.of(variables));
        functions.forEach((function, implementation) ->
                context.addGlobalMacro(new ExtensionFunction(function, implementation, context)));
        DialectInterpreter interpreter = new DialectInterpreter(jinjava, context, config, state);
        String output = null;
        RuntimeException failure = null;
        try {
            output = interpreter.render(TemplateText.prepare(source));
        } catch (RuntimeException e) {
            failure = e;
        }
        List<Problem> problems = RenderErrors.problems(name, interpreter.getErrorsCopy(), failure);
        if (!problems.isEmpty()) {
            throw new TemplateRenderException(problems, RenderErrors.cause(interpreter.getErrorsCopy(), failure));
        }
        return output;
    }

    /**
     * Jinjava whose global context is the shared library (Jinjava reads the global functions
     * from it) and whose expressions are parsed by {@link PyParser} and use {@link PyTypeConverter}.
     */
    private static final class LibraryJinjava extends Jinjava {

        private final LibraryContext library;
        private final ExpressionFactory expressions;

        LibraryJinjava(JinjavaConfig config, LibraryContext library) {
            super(config);
            this.library = library;
            Properties properties = new Properties();
            properties.setProperty(TreeBuilder.class.getName(), PyParser.SyntaxBuilder.class.getName());
            this.expressions = new ExpressionFactoryImpl(properties, new PyTypeConverter());
        }

        @Override
        public Context getGlobalContext() {
            return library;
        }

        @Override
        public ExpressionFactory getExpressionFactory() {
            return expressions;
        }
    }
}
