package dev.ccp.dsl.jinja.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Python's {@code ==}, where Jinjava's EL converts types first. */
class PythonEqualityTest {

    static Stream<Arguments> pairs() {
        return Stream.of(
                arguments("1", 1L, false),
                arguments("true", true, false),
                arguments("", false, false),
                arguments(1L, 1.0, true),
                arguments(true, 1L, true),
                arguments(1, 1L, true),
                arguments(0.1 + 0.2, 0.3, false),
                arguments(List.of(1, "x"), List.of(1L, "x"), true),
                arguments(List.of(1L), PythonTuple.of(1L), false),
                arguments(Map.of("a", 1), Map.of("a", 1.0), true),
                arguments(Map.of("a", 1), Map.of("b", 1), false),
                arguments(Double.NaN, Double.NaN, false),
                arguments("a", "a", true));
    }

    @ParameterizedTest(name = "{0} == {1} is {2}")
    @MethodSource("pairs")
    void equal(Object a, Object b, boolean expected) {
        assertThat(PythonEquality.equal(a, b)).isEqualTo(expected);
        assertThat(PythonEquality.equal(b, a)).isEqualTo(expected);
    }
}
