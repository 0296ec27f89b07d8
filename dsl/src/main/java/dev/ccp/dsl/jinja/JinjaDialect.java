package dev.ccp.dsl.jinja;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.RenderResult;
import com.hubspot.jinjava.interpret.TemplateError;
import dev.ccp.dsl.problem.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Jinja dialect shared by builds, deploy renders and the in-container agent: Jinjava set up
 * to render like Python Jinja2. Thread-safe; use {@link #standard()}.
 *
 * <p>PROVISIONAL: plain Jinjava; the full dialect (JINJA.md) replaces the internals, keeping
 * this API.
 */
public final class JinjaDialect {

    private static final JinjaDialect STANDARD = new JinjaDialect();

    private final Jinjava jinjava;

    private JinjaDialect() {
        this.jinjava = new Jinjava(JinjavaConfig.newBuilder().withKeepTrailingNewline(false).build());
    }

    public static JinjaDialect standard() {
        return STANDARD;
    }

    /**
     * Renders {@code template} with {@code context}.
     *
     * @throws TemplateRenderException naming the template and line when rendering fails
     */
    public String render(TemplateSource template, Map<String, ?> context, RenderOptions options) {
        Map<String, Object> bindings = new HashMap<>(context);
        RenderResult result = jinjava.renderForResult(template.text(), bindings);
        List<Problem> problems = new ArrayList<>();
        for (TemplateError error : result.getErrors()) {
            if (error.getSeverity() == TemplateError.ErrorType.FATAL) {
                problems.add(Problem.at(template.name(), Math.max(0, error.getLineno()), "", error.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new TemplateRenderException(problems, null);
        }
        return result.getOutput();
    }
}
