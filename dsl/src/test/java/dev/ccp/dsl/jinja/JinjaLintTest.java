package dev.ccp.dsl.jinja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.ccp.dsl.problem.Problem;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The lint rejects the constructs of JINJA.md "Remaining known gaps" and nothing else. */
class JinjaLintTest {

    static Stream<Arguments> rejected() {
        return Stream.of(
                arguments("chained comparison", "{{ 1 < x < 3 }}", "chained comparison"),
                arguments("chained comparison in if", "{% if a == b == c %}{% endif %}", "chained comparison"),
                arguments("chained membership", "{% if a in b in c %}{% endif %}", "chained comparison"),
                arguments("slice with a step", "{{ s[::-1] }}", "slice with a step"),
                arguments("slice with start, stop and step", "{{ s[1:5:2] }}", "slice with a step"),
                arguments("string repetition", "{{ 'ab' * 2 }}", "string repetition"),
                arguments("string repetition, number first", "{{ 3 * '-' }}", "string repetition"),
                arguments("percent formatting", "{{ '%s:%s' % (host, port) }}", "'%' string formatting"),
                arguments("string plus number", "{{ 'a' + 1 }}", "'+' between a string and a number"),
                arguments("number plus string", "{% set x = 1 + 'a' %}", "'+' between a string and a number"),
                arguments("conditional without else", "{{ 'y' if f }}", "without 'else'"),
                arguments("conditional without else in set", "{% set v = 'y' if f %}", "without 'else'"),
                arguments("conditional without else inside a call", "{{ f('y' if g) }}", "without 'else'"),
                arguments("call with arguments", "{% call(user) dump_users(users) %}{{ user }}{% endcall %}",
                        "{% call %} with arguments"),
                arguments("include ignore missing", "{% include 'x.j2' ignore missing %}", "ignore missing"),
                arguments("recursive for", "{% for item in tree recursive %}{{ loop(item.children) }}{% endfor %}",
                        "'for ... recursive'"),
                arguments("import without context", "{% import 'x.j2' as x %}", "without 'with context'"),
                arguments("from import without context", "{% from 'x.j2' import m %}", "without 'with context'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void rejected(String construct, String template, String message) {
        List<Problem> problems = JinjaLint.lint(TemplateSource.of("t.j2", template));

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).file()).isEqualTo("t.j2");
        assertThat(problems.get(0).line()).isEqualTo(1);
        assertThat(problems.get(0).message()).contains(message);
    }

    /** The constructs of REFERENCE 9.4 as CCP templates write them. */
    @Test
    void acceptsTheConstructsCcpTemplatesUse() {
        String template = String.join("\n",
                "{% import 'keystone_authtoken.j2' as keystone_authtoken with context %}"
                        + "{% import 'oslo_messaging.j2' as oslo_messaging with context %}",
                "# {% if keystone.tls.enabled %}",
                "url: {{ address('keystone', keystone.public_port, external=True, with_scheme=True) }}",
                "# {% elif nova.debug != True and 'x' not in y %}",
                "# {% else %}",
                "# {% endif %}",
                "{%- for net in neutron.physnets if net.flat -%}",
                "{% if not loop.first %},{% endif %}{{ net.name }}",
                "{%- endfor %}",
                "{% for k, v in d.items() %}{{ k }}={{ v }}{% endfor %}",
                "{% set ratio = (memory_limit|int * rabbitmq.high_watermark_ratio)|int %}",
                "dpdk = {{ '1' if True in neutron.physnets|map(attribute='dpdk') else '0' }}",
                "{{ [a, b] | join(',') }} {{ neutron.physnets | selectattr('flat') | map(attribute='name') | join(',') }}",
                "{{ keystone.public_port }} {{ d['key'] }} {{ s[1:3] }} {{ {'a': 1, 'b': [1, 2]} }}",
                "{{ oslo_messaging[messaging.backend.rpc]('rpc_config') }}",
                "{{ keystone_authtoken.keystone_authtoken(user, password) }}",
                "{{ address('opendaylight') | gethostbyname }} {{ url | host }}",
                "{% if telegraf is defined and searchlight is not defined %}{% endif %}",
                "{% macro m(a, b='x') %}{{ a }}{% endmacro %}",
                "{{ 'a' ~ 'b' }} {{ 2 * 3 }} {{ 'x' if a else 'y' }} {{ '{}:{}'.format(h, p) }}",
                "{# a comment with 'a' + 1 and 1 < 2 < 3 #}",
                "{% raw %}{{ 'ab' * 2 }}{% endraw %}");

        assertThat(JinjaLint.lint(TemplateSource.of("ok.j2", template))).isEmpty();
    }

    /** These gaps of JINJA.md are closed by the dialect's expression parser, so they are not reported. */
    @Test
    void acceptsWhatTheDialectRendersLikeJinja2() {
        String template = "{{ not a == b }} {% if not x in y %}{% endif %} {{ '1' == 1 }} {{ x != 'a' }} {{ a and b }}";

        assertThat(JinjaLint.lint(TemplateSource.of("ok.j2", template))).isEmpty();
    }

    @Test
    void reportsEveryFindingWithItsLine() {
        String template = "line one\n{{ a < b < c }}\n\n{{\n  'x' if y\n}}\n{% include 'x' ignore missing %}";

        List<Problem> problems = JinjaLint.lint(TemplateSource.of("t.j2", template));

        assertThat(problems).extracting(Problem::line).containsExactly(2, 5, 7);
    }
}
