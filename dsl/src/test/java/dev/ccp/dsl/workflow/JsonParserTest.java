package dev.ccp.dsl.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonParserTest {

    @Test
    void readsEveryKindOfValue() {
        Object value = JsonParser.parse(
                "{\"s\": \"a\\\"b\\\\c\\/d\\n\\u00e9\\ud83d\\ude00\", \"i\": -12, \"l\": 4294967296, "
                        + "\"big\": 123456789012345678901234567890, \"d\": 1.5e2, \"t\": true, \"f\": false, "
                        + "\"n\": null, \"list\": [1, [], {}]}");

        assertThat(value).isEqualTo(mapOf("s", "a\"b\\c/d\né\uD83D\uDE00", "i", -12, "l", 4294967296L,
                "big", new BigInteger("123456789012345678901234567890"), "d", 150.0, "t", true, "f", false,
                "n", null, "list", List.of(1, List.of(), Map.of())));
    }

    @Test
    void keepsTheDocumentOrderOfKeys() {
        Map<?, ?> map = (Map<?, ?>) JsonParser.parse("{\"b\": 1, \"a\": 2, \"c\": 3}");
        List<Object> keys = List.copyOf(map.keySet());

        assertThat(keys).containsExactly("b", "a", "c");
    }

    private static Map<String, Object> mapOf(Object... entries) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < entries.length; i += 2) {
            map.put((String) entries[i], entries[i + 1]);
        }
        return map;
    }

    @Test
    void listsMayHoldNulls() {
        assertThat(JsonParser.parse("[null, 0]")).isEqualTo(Arrays.asList(null, 0));
    }
}
