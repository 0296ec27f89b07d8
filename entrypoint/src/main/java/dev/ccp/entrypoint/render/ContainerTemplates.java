package dev.ccp.entrypoint.render;

import dev.ccp.dsl.jinja.HostResolver;
import dev.ccp.dsl.jinja.JinjaDialect;
import dev.ccp.dsl.jinja.RenderOptions;
import dev.ccp.dsl.jinja.TemplateSource;
import dev.ccp.dsl.workflow.WorkflowFile;
import dev.ccp.entrypoint.variables.EtcLayout;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Renders what a container renders (REFERENCE 8.2): its file templates, found in
 * {@code files/} with imports searched in {@code files/} then {@code exports/}, and its command
 * strings. Undefined variables print empty; {@code address()}, {@code raise_exception()} and
 * {@code gethostbyname} come from the dialect, the current service being {@code service_name}.
 */
public final class ContainerTemplates {

    private final EtcLayout layout;
    private final Map<String, Object> context;
    private final RenderOptions options;

    /**
     * @param resolver what {@code gethostbyname} does: {@link HostResolver#DNS} in a container
     */
    public ContainerTemplates(EtcLayout layout, Map<String, Object> variables, HostResolver resolver) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.context = JinjaDialect.prepareContext(variables);
        this.options = RenderOptions.lenient()
                .withSearchPath(List.of(layout.files(), layout.exports()))
                .withHostResolver(resolver);
    }

    /** The rendered text of {@code file}'s template ({@code files/<name>}). */
    public String renderFile(WorkflowFile file) {
        TemplateSource template = TemplateSource.read(layout.files().resolve(file.name()));
        return JinjaDialect.standard().render(template, context, options);
    }

    /** {@code command} rendered with the container's variables, ready for {@code /bin/sh -c}. */
    public String renderCommand(String command) {
        return JinjaDialect.standard().render(TemplateSource.of("command", command), context, options);
    }
}
