package dev.ccp.dsl.jinja.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected values are what CPython 3 returns for the same call. */
class PythonMethodsTest {

    static Stream<Arguments> stringMethods() {
        return Stream.of(
                arguments(" a b ", "split", List.of(), List.of("a", "b")),
                arguments("a,,b", "split", List.of(","), List.of("a", "", "b")),
                arguments("a b c", "split", Arrays.asList(null, 1L), List.of("a", "b c")),
                arguments("a:b:c", "rsplit", List.of(":", 1L), List.of("a:b", "c")),
                arguments("a b c", "rsplit", Arrays.asList(null, 1L), List.of("a b", "c")),
                arguments("l1\nl2\r\nl3", "splitlines", List.of(), List.of("l1", "l2", "l3")),
                arguments("xxhixx", "strip", List.of("x"), "hi"),
                arguments("  hi ", "lstrip", List.of(), "hi "),
                arguments("aaa", "replace", List.of("a", "b", 2L), "bba"),
                arguments("hello world", "title", List.of(), "Hello World"),
                arguments("hELLO", "capitalize", List.of(), "Hello"),
                arguments("banana", "count", List.of("an"), 2L),
                arguments("banana", "find", List.of("z"), -1L),
                arguments("42", "zfill", List.of(5L), "00042"),
                arguments("-42", "zfill", List.of(5L), "-0042"),
                arguments("ab", "center", List.of(5L, "*"), "**ab*"),
                arguments("k=v=w", "partition", List.of("="), List.of("k", "=", "v=w")),
                arguments("123", "isdigit", List.of(), true),
                arguments("", "isdigit", List.of(), false),
                arguments("ABC1", "isupper", List.of(), true));
    }

    @ParameterizedTest(name = "''{0}''.{1}{2}")
    @MethodSource
    void stringMethods(String self, String method, List<Object> args, Object expected) {
        assertThat(PythonMethods.call(self, method, args, Map.of())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "unknown method")
    @MethodSource("stringMethods")
    void unknownMethodsAreNotFound(String self, String method, List<Object> args, Object expected) {
        assertThat(PythonMethods.call(self, "no_" + method, args, Map.of())).isSameAs(PythonMethods.NOT_FOUND);
    }
}
