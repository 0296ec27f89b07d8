package dev.ccp.dsl.jinja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.ccp.dsl.problem.CcpException;
import dev.ccp.dsl.problem.Problem;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A failed render names the template, the line and the cause. */
class RenderErrorsTest {

    static Stream<Arguments> errorsNameTheLine() {
        return Stream.of(
                arguments("syntax error in an expression", "a\nb\n{{ 1 + }}", 3, "Error parsing '1 +'"),
                arguments("unclosed block", "a\n{% if t %}\nb", 2, "Missing end tag: endif"),
                arguments("end tag without start", "a\n\n{% endif %}", 3, "Missing start tag"),
                arguments("unknown tag", "\n{% frobnicate %}", 2, "Unknown tag: frobnicate"),
                arguments("empty expression", "a\n{{ }}", 2, "Expected an expression"),
                arguments("raise_exception in nested blocks",
                        "{% if true %}\n{% for x in [1] %}\n{{ raise_exception('boom ' ~ x) }}\n{% endfor %}\n{% endif %}",
                        3, "boom 1"),
                arguments("strict undefined in an elif", "{% if false %}\nA\n{% elif missing %}\nB\n{% endif %}", 3,
                        "'missing' is undefined"),
                arguments("strict undefined printed in a loop", "{% for x in l %}\n{{ x }}{{ missing }}\n{% endfor %}", 2,
                        "'missing' is undefined"),
                arguments("error inside a macro of the same template",
                        "a\n\n{% macro m() %}\n{{ raise_exception('in macro') }}\n{% endmacro %}\n{{ m() }}", 4, "in macro"),
                arguments("unknown filter on a later line", "ok\n{{ 'x' | nosuch }}", 2, "No filter named 'nosuch'."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void errorsNameTheLine(String what, String template, int line, String message) {
        TemplateRenderException error = catchThrowableOfType(TemplateRenderException.class,
                () -> Templates.strict(template));

        assertThat(error.problems()).isNotEmpty();
        Problem first = error.problems().get(0);
        assertThat(first.file()).isEqualTo("test.j2");
        assertThat(first.line()).isEqualTo(line);
        assertThat(first.message()).contains(message);
        assertThat(error.getMessage()).contains("test.j2:" + line + ": ");
    }

    @Test
    void everyFailingExpressionIsReported() {
        TemplateRenderException error = catchThrowableOfType(TemplateRenderException.class,
                () -> Templates.lenient("{{ 'a' | nosuch }}\nfine\n{{ 'b' | other }}"));

        assertThat(error.problems()).extracting(Problem::line, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "No filter named 'nosuch'."),
                org.assertj.core.groups.Tuple.tuple(3, "No filter named 'other'."));
    }

    @Test
    void isAnInputErrorWithExitCodeTwo() {
        TemplateRenderException error = catchThrowableOfType(TemplateRenderException.class,
                () -> JinjaDialect.standard().render(TemplateSource.of("service/keystone.yaml", "{{ raise_exception('no') }}"),
                        Templates.context(), RenderOptions.strict()));

        assertThat(error.exitCode()).isEqualTo(CcpException.EXIT_INVALID);
        assertThat(error.problems()).containsExactly(Problem.at("service/keystone.yaml", 1, "", "no"));
    }
}
