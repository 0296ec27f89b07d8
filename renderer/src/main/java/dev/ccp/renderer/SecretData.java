package dev.ccp.renderer;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Secret {@code data}: every value is base64 of its UTF-8 text; keys sorted. */
final class SecretData {

    private SecretData() {
    }

    static SortedMap<String, String> encode(Map<String, String> texts) {
        SortedMap<String, String> data = new TreeMap<>();
        texts.forEach((key, text) -> data.put(key, encode(text)));
        return data;
    }

    static String encode(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
