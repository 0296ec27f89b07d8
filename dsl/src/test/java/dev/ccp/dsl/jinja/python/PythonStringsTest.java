package dev.ccp.dsl.jinja.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected texts are what CPython 3 prints for {@code repr(x)} / {@code str(x)}. */
class PythonStringsTest {

    @ParameterizedTest(name = "repr({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
            "1.0|1.0",
            "0.1|0.1",
            "2.5|2.5",
            "-1.5|-1.5",
            "100.0|100.0",
            "0.0001|0.0001",
            "0.00001|1e-05",
            "0.000025|2.5e-05",
            "1e15|1000000000000000.0",
            "1e16|1e+16",
            "1.5e300|1.5e+300",
            "123456789.123|123456789.123",
            "0.30000000000000004|0.30000000000000004",
            "3.141592653589793|3.141592653589793",
            "-0.0|-0.0",
            "NaN|nan",
            "Infinity|inf",
            "-Infinity|-inf"})
    void floatRepr(double value, String expected) {
        assertThat(PythonStrings.floatRepr(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "repr of {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "abc|'abc'",
            "it's|\"it's\"",
            "say \"hi\"|'say \"hi\"'",
            "both ' and \"|'both \\' and \"'",
            "back\\slash|'back\\\\slash'",
            "tab\there|'tab\\there'",
            "é ü|'é ü'"})
    void stringRepr(String text, String expected) {
        assertThat(PythonStrings.repr(text.replace("\\t", "\t"))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "control character {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {"1|'\\x01'", "10|'\\n'", "127|'\\x7f'", "8232|'\\u2028'"})
    void nonPrintableCharactersAreEscaped(int codePoint, String expected) {
        assertThat(PythonStrings.repr(new String(Character.toChars(codePoint)))).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void containersAndScalars() {
        Map<String, Object> dict = new LinkedHashMap<>();
        dict.put("z", null);
        dict.put("a", List.of(true, 1L, 2.0));

        assertThat(PythonStrings.repr(dict)).isEqualTo("{'z': None, 'a': [True, 1, 2.0]}");
        assertThat(PythonStrings.str(dict)).isEqualTo("{\"a\": [true, 1, 2.0], \"z\": null}");
        assertThat(PythonStrings.str(Arrays.asList("x", null))).isEqualTo("['x', None]");
        assertThat(PythonStrings.str(PythonTuple.of("k", 1L))).isEqualTo("('k', 1)");
        assertThat(PythonStrings.str(PythonTuple.of(1L))).isEqualTo("(1,)");
        assertThat(PythonStrings.str(false)).isEqualTo("False");
        assertThat(PythonStrings.str(null)).isEqualTo("None");
        assertThat(PythonStrings.str("as is")).isEqualTo("as is");
        assertThat(PythonStrings.str(java.util.Set.of())).isEqualTo("set()");
    }
}
