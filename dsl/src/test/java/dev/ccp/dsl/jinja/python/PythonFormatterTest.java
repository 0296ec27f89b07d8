package dev.ccp.dsl.jinja.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected texts are what CPython 3 gives for {@code template.format(*args)}. */
class PythonFormatterTest {

    static Stream<Arguments> formats() {
        return Stream.of(
                arguments("{}:{}", List.of("host", 5000L), "host:5000"),
                arguments("{0}{1}{0}", List.of("a", "b"), "aba"),
                arguments("{{literal}} {}", List.of(1L), "{literal} 1"),
                arguments("{!r}", List.of("a"), "'a'"),
                arguments("{}", List.of(true), "True"),
                arguments("{:>5}|{:<3}|{:^7}", List.of("a", "b", "ab"), "    a|b  |  ab   "),
                arguments("{:*^6}", List.of("x"), "**x***"),
                arguments("{:05d}", List.of(42L), "00042"),
                arguments("{:+d} {: d}", List.of(5L, 5L), "+5  5"),
                arguments("{:x} {:X} {:o} {:b}", List.of(255L, 255L, 8L, 5L), "ff FF 10 101"),
                arguments("{:,}", List.of(1234567L), "1,234,567"),
                arguments("{:.2f}", List.of(3.14159), "3.14"),
                arguments("{:.1f}", List.of(0.25), "0.2"),
                arguments("{:8.3f}", List.of(-3.14159), "  -3.142"),
                arguments("{:.3}", List.of(3.14159), "3.14"),
                arguments("{:g} {:g} {:g}", List.of(1234567.0, 0.0001, 100.0), "1.23457e+06 0.0001 100"),
                arguments("{:e}", List.of(12345.678), "1.234568e+04"),
                arguments("{:%}", List.of(0.25), "25.000000%"),
                arguments("{:.2}", List.of("abcdef"), "ab"),
                arguments("{}", List.of(1.5), "1.5"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void formats(String template, List<Object> args, String expected) {
        assertThat(PythonFormatter.format(template, args, Map.of())).isEqualTo(expected);
    }

    @Test
    void keywordAndNestedFields() {
        assertThat(PythonFormatter.format("{name}@{d[k]}.{d.k}", List.of(), Map.of("name", "n", "d", Map.of("k", "v"))))
                .isEqualTo("n@v.v");
    }

    @Test
    void errorsSayWhatIsWrong() {
        assertThatThrownBy(() -> PythonFormatter.format("{} {}", List.of("a"), Map.of()))
                .hasMessageContaining("Replacement index 1 out of range");
        assertThatThrownBy(() -> PythonFormatter.format("{x}", List.of(), Map.of())).hasMessageContaining("KeyError: 'x'");
        assertThatThrownBy(() -> PythonFormatter.format("{:d}", List.of("a"), Map.of()))
                .hasMessageContaining("Unknown format code 'd'");
        assertThatThrownBy(() -> PythonFormatter.format("a } b", List.of(), Map.of()))
                .hasMessageContaining("Single '}'");
    }
}
