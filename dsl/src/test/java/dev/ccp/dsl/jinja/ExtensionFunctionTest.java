package dev.ccp.dsl.jinja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Global functions added to one render through {@link RenderOptions#withFunction}. */
class ExtensionFunctionTest {

    /** A toy {@code image_spec(name)} like the image builder's. */
    private static final TemplateFunction IMAGE_SPEC =
            (args, kwargs) -> "127.0.0.1:31500/ccp/" + args.get(0) + ":" + kwargs.getOrDefault("tag", "latest");

    private static String render(String template, RenderOptions options) {
        return JinjaDialect.standard().render(TemplateSource.of("Dockerfile.j2", template), Templates.context(), options);
    }

    @Test
    void functionIsCalledWithPositionalAndKeywordArguments() {
        RenderOptions options = RenderOptions.strict().withFunction("image_spec", IMAGE_SPEC);

        assertThat(render("FROM {{ image_spec('base') }}\nFROM {{ image_spec('tools', tag='1.0') }}", options))
                .isEqualTo("FROM 127.0.0.1:31500/ccp/base:latest\nFROM 127.0.0.1:31500/ccp/tools:1.0");
    }

    @Test
    void functionResultCanBeItsOwnArgument() {
        RenderOptions options = RenderOptions.strict().withFunction("wrap", (args, kwargs) -> "(" + args.get(0) + ")");

        assertThat(render("{{ wrap(wrap('x')) }}", options)).isEqualTo("((x))");
    }

    @Test
    void functionKeepsStateOfItsRender() {
        List<String> copies = new ArrayList<>();
        TemplateFunction copySources = (args, kwargs) -> {
            copies.add(args.get(0) + " -> " + args.get(1));
            return "COPY " + args.get(0) + " " + args.get(1);
        };
        RenderOptions options = RenderOptions.strict().withFunction("copy_sources", copySources);

        String output = render("{{ copy_sources('keystone', '/opt/keystone') }}\n{{ copy_sources('x', '/y') }}", options);

        assertThat(output).isEqualTo("COPY keystone /opt/keystone\nCOPY x /y");
        assertThat(copies).containsExactly("keystone -> /opt/keystone", "x -> /y");
    }

    @Test
    void valuesArriveAsTemplatesComputeThem() {
        Map<String, Object> seen = new LinkedHashMap<>();
        TemplateFunction record = (args, kwargs) -> {
            seen.put("args", args);
            seen.put("kwargs", kwargs);
            return "";
        };
        RenderOptions options = RenderOptions.lenient().withFunction("record", record);

        render("{{ record(1, 'a', none, nova.x, l, flag=True) }}", options);

        assertThat(seen.get("args")).isEqualTo(java.util.Arrays.asList(1L, "a", null, null, List.of(1L, 2L, "x")));
        assertThat(seen.get("kwargs")).isEqualTo(Map.of("flag", true));
    }

    @Test
    void strictRenderRejectsAnUndefinedArgument() {
        RenderOptions options = RenderOptions.strict().withFunction("image_spec", IMAGE_SPEC);

        assertThatThrownBy(() -> render("{{ image_spec(nova.image) }}", options))
                .hasMessageContaining("Dockerfile.j2:1: 'dict object' has no attribute 'image'");
    }

    @Test
    void functionFailureIsReportedWithTemplateAndLine() {
        TemplateFunction failing = (args, kwargs) -> {
            throw new IllegalStateException("no image named '" + args.get(0) + "'");
        };
        RenderOptions options = RenderOptions.strict().withFunction("image_spec", failing);

        assertThatThrownBy(() -> render("FROM scratch\nFROM {{ image_spec('nope') }}", options))
                .isInstanceOf(TemplateRenderException.class)
                .hasMessageContaining("Dockerfile.j2:2: image_spec(): no image named 'nope'");
    }

    @Test
    void functionExistsOnlyForTheRenderThatWasGivenIt() {
        render("{{ image_spec('a') }}", RenderOptions.strict().withFunction("image_spec", IMAGE_SPEC));

        assertThatThrownBy(() -> render("{{ image_spec('a') }}", RenderOptions.strict()))
                .isInstanceOf(TemplateRenderException.class)
                .hasMessageContaining("image_spec");
    }

    @Test
    void functionCanRenderAnotherTemplate() {
        TemplateFunction renderFile = (args, kwargs) -> JinjaDialect.standard().render(
                TemplateSource.of(String.valueOf(args.get(0)), "nested {{ nova.debug }}\n"), Templates.context(),
                RenderOptions.strict());
        RenderOptions options = RenderOptions.strict().withFunction("render", renderFile);

        assertThat(render("[{{ render('part.j2') }}] {{ t }}", options)).isEqualTo("[nested False] True");
    }
}
