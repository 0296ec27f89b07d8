package dev.ccp.dsl.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlainValuesTest {

    static Stream<Arguments> descriptions() {
        return Stream.of(
                Arguments.of("two", "'two'"),
                Arguments.of("it's", "'it''s'"),
                Arguments.of("a\nb", "'a\\nb'"),
                Arguments.of("", "an empty string"),
                Arguments.of("  ", "a blank string"),
                Arguments.of("x".repeat(81), "'" + "x".repeat(80) + "...'"),
                Arguments.of(3, "3 (a number)"),
                Arguments.of(1.5, "1.5 (a number)"),
                Arguments.of(true, "true (a boolean)"),
                Arguments.of(null, "null"),
                Arguments.of(Map.of(), "an empty mapping"),
                Arguments.of(Map.of("a", 1), "a mapping"),
                Arguments.of(List.of(), "an empty list"),
                Arguments.of(List.of(1), "a list"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("descriptions")
    void describesAValueAsAMessageShowsWhatWasFound(Object value, String described) {
        assertThat(PlainValues.describe(value)).isEqualTo(described);
    }

    @Test
    void expectedSaysWhatWasExpectedAndWhatWasFound() {
        assertThat(PlainValues.expected("a port number 1..65535", "http"))
                .isEqualTo("expected a port number 1..65535, found 'http'");
    }

    @Test
    void integerOrNullTakesOnlyIntegersThatFitAnInt() {
        assertThat(PlainValues.integerOrNull(8080)).isEqualTo(8080);
        assertThat(PlainValues.integerOrNull(8080L)).isEqualTo(8080);
        assertThat(PlainValues.integerOrNull(BigInteger.valueOf(-5))).isEqualTo(-5);
        assertThat(PlainValues.integerOrNull(1L << 31)).isNull();
        assertThat(PlainValues.integerOrNull(BigInteger.ONE.shiftLeft(40))).isNull();
        assertThat(PlainValues.integerOrNull(1.0)).isNull();
        assertThat(PlainValues.integerOrNull("8080")).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void immutableCopiesAreDeepKeepKeyOrderAndNulls() {
        Map<Object, Object> inner = new LinkedHashMap<>();
        inner.put("z", null);
        inner.put("a", new ArrayList<>(Arrays.asList(1, null)));
        Map<String, Object> copy = PlainValues.immutableMap(Map.of("inner", inner));

        Map<String, Object> copiedInner = (Map<String, Object>) copy.get("inner");
        assertThat(copiedInner).containsKeys("z", "a");
        assertThat(List.copyOf(copiedInner.keySet())).containsExactly("z", "a");
        assertThat((List<Object>) copiedInner.get("a")).containsExactly(1, null);
        assertThatThrownBy(() -> ((List<Object>) copiedInner.get("a")).add(2))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> copiedInner.put("b", 1)).isInstanceOf(UnsupportedOperationException.class);
    }
}
