package dev.ccp.dsl.jinja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Undefined values as Jinja2 treats them: {@code Undefined} for container files (lenient) and
 * {@code StrictUndefined} for Dockerfiles and service definitions.
 */
class UndefinedBehaviourTest {

    /** Lenient output, then the error a strict render gives. */
    static Stream<Arguments> strictRejectsWhatLenientAllows() {
        return Stream.of(
                arguments("print", "[{{ missing }}]", "[]", "'missing' is undefined"),
                arguments("print a missing key", "[{{ nova.x }}]", "[]", "'dict object' has no attribute 'x'"),
                arguments("print a missing index", "[{{ l[5] }}]", "[]", "'list object' has no element 5"),
                arguments("truth test", "{% if missing %}a{% else %}b{% endif %}", "b", "'missing' is undefined"),
                arguments("not", "{{ not missing }}", "True", "'missing' is undefined"),
                arguments("and", "[{{ missing and true }}]", "[]", "'missing' is undefined"),
                arguments("truth test in elif", "{% if false %}a{% elif nova.x %}b{% else %}c{% endif %}", "c",
                        "'dict object' has no attribute 'x'"),
                arguments("iteration", "{% for x in missing %}a{% else %}b{% endfor %}", "b", "'missing' is undefined"),
                arguments("filter", "[{{ missing | upper }}]", "[]", "'missing' is undefined"),
                arguments("filter on a missing key", "[{{ nova.x | join(',') }}]", "[]",
                        "'dict object' has no attribute 'x'"),
                arguments("string concatenation", "{{ 'a' ~ missing }}", "a", "'missing' is undefined"),
                arguments("comparison", "{{ missing == 1 }} {{ missing != 1 }}", "False True", "'missing' is undefined"),
                arguments("two undefined values are equal", "{{ missing == nova.x }}", "True", "'missing' is undefined"),
                arguments("attribute of None", "[{{ percona.sql_mode.x }}]", "[]", "'None' has no attribute 'x'"),
                arguments("argument to a global function", "{{ address('a', missing) }}", "a.ccp.svc.cluster.local",
                        "'missing' is undefined"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void strictRejectsWhatLenientAllows(String use, String template, String lenient, String strictError) {
        assertThat(Templates.lenient(template)).isEqualTo(lenient);
        assertThatThrownBy(() -> Templates.strict(template))
                .isInstanceOf(TemplateRenderException.class)
                .hasMessageContaining("test.j2:1: " + strictError);
    }

    /** Uses Jinja2 allows in both modes. */
    static Stream<Arguments> bothModesAllow() {
        return Stream.of(
                arguments("defined test", "{{ missing is defined }} {{ nova.x is defined }}", "False False"),
                arguments("undefined test", "{{ missing is undefined }}", "True"),
                arguments("default", "{{ missing | default('d') }} {{ nova.x | d('e') }}", "d e"),
                arguments("default in boolean mode", "{{ missing | default('d', true) }}", "d"),
                arguments("items of undefined", "{{ missing | items | list }}", "[]"),
                arguments("guarded use", "{% if nova.x is defined %}{{ nova.x }}{% else %}none{% endif %}", "none"),
                arguments("assignment", "{% set v = missing %}{{ v is defined }}", "False"),
                arguments("None is not undefined", "{{ percona.sql_mode }} {{ percona.sql_mode is defined }}",
                        "None True"),
                arguments("none literals", "{{ none }} {{ None }}", "None None"),
                arguments("attribute of None is not defined", "{{ percona.sql_mode.x is defined }}", "False"),
                arguments("None in a condition is false", "{% if percona.sql_mode %}a{% else %}b{% endif %}", "b"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void bothModesAllow(String use, String template, String expected) {
        assertThat(Templates.lenient(template)).isEqualTo(expected);
        assertThat(Templates.strict(template)).isEqualTo(expected);
    }

    /** Uses Jinja2 rejects even with the lenient Undefined. */
    static Stream<Arguments> bothModesReject() {
        return Stream.of(
                arguments("attribute of undefined", "{{ missing.attr }}", "'missing' is undefined"),
                arguments("item of undefined", "{{ missing['k'] }}", "'missing' is undefined"),
                arguments("attribute of a missing key", "{{ nova.x.y }}", "'dict object' has no attribute 'x'"),
                arguments("method of undefined", "{{ missing.get('k') }}", "'missing' is undefined"),
                arguments("undefined service in address()", "{{ address(nova.database) }}",
                        "'dict object' has no attribute 'database'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void bothModesReject(String use, String template, String error) {
        assertThatThrownBy(() -> Templates.lenient(template)).hasMessageContaining(error);
        assertThatThrownBy(() -> Templates.strict(template)).hasMessageContaining(error);
    }
}
