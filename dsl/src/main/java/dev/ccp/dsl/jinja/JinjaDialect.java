package dev.ccp.dsl.jinja;

import dev.ccp.dsl.jinja.engine.DialectEngine;
import dev.ccp.dsl.jinja.engine.RenderState;
import dev.ccp.dsl.jinja.engine.TemplateContext;
import dev.ccp.dsl.jinja.library.DialectLibrary;
import java.util.Map;

/**
 * The Jinja dialect shared by builds, deploy renders and the in-container agent: Jinjava set up
 * to render byte-identical to Python Jinja2 3.1 (see JINJA.md), plus CCP's {@code address()},
 * {@code raise_exception()}, {@code host} and {@code gethostbyname}. One shared instance,
 * thread-safe; use {@link #standard()}.
 *
 * <p>Where ccp deliberately differs from Jinja2: a mapping printed in a template is JSON with
 * sorted keys ({@code {"a": 1}}), in every template kind.
 */
public final class JinjaDialect {

    private static final JinjaDialect STANDARD = new JinjaDialect();

    private final DialectEngine engine;

    private JinjaDialect() {
        this.engine = new DialectEngine(DialectLibrary.builtins());
    }

    public static JinjaDialect standard() {
        return STANDARD;
    }

    /**
     * Converts template variables once (integers to Long, read-only copies) so that many renders
     * can share them; {@link #render} does this itself for a plain map.
     */
    public static Map<String, Object> prepareContext(Map<String, ?> variables) {
        return TemplateContext.of(variables);
    }

    /**
     * Renders {@code template} with {@code context}.
     *
     * @throws TemplateRenderException naming the template and line when rendering fails
     */
    public String render(TemplateSource template, Map<String, ?> context, RenderOptions options) {
        RenderState state = new RenderState(options.strictUndefined(), options.searchPath(), options.hostResolver());
        return engine.render(template.name(), template.text(), context, state, options.functions());
    }
}
