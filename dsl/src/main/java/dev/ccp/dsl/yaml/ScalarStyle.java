package dev.ccp.dsl.yaml;

import java.math.BigDecimal;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Writes a scalar the way PyYAML's safe dumper does in block style: plain when that reads back
 * as the same string, single-quoted otherwise, double-quoted with escapes when the text has
 * line breaks or control characters (so that every value stays on one line).
 */
final class ScalarStyle {

    private static final String ALWAYS_INDICATORS = "#,[]{}&*!|>'\"%@`";

    private final PyYamlResolver resolver = new PyYamlResolver();

    String format(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return string(text);
        }
        if (value instanceof Double number) {
            return floating(number);
        }
        if (value instanceof Float number) {
            return floating(number.doubleValue());
        }
        return String.valueOf(value);
    }

    String string(String text) {
        if (text.isEmpty()) {
            return "''";
        }
        if (needsEscapes(text)) {
            return doubleQuoted(text);
        }
        if (canBePlain(text)) {
            return text;
        }
        return "'" + text.replace("'", "''") + "'";
    }

    private boolean canBePlain(String text) {
        if (!Tag.STR.equals(resolver.plainTag(text))) {
            return false;
        }
        if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))) {
            return false;
        }
        if (text.startsWith("---") || text.startsWith("...")) {
            return false;
        }
        char first = text.charAt(0);
        if (ALWAYS_INDICATORS.indexOf(first) >= 0) {
            return false;
        }
        if ("-?:".indexOf(first) >= 0 && followedBySpace(text, 0)) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':' && followedBySpace(text, i)) {
                return false;
            }
            if (c == '#' && text.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    private static boolean followedBySpace(String text, int index) {
        return index + 1 >= text.length() || text.charAt(index + 1) == ' ';
    }

    private static boolean needsEscapes(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isSpecial(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpecial(char c) {
        return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\uFEFF';
    }

    private static String doubleQuoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\0' -> out.append("\\0");
                default -> {
                    if (isSpecial(c)) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Python's repr of a float, as PyYAML writes it ({@code 1.0}, {@code 1.0e+20}, {@code .inf}). */
    private static String floating(double number) {
        if (Double.isNaN(number)) {
            return ".nan";
        }
        if (Double.isInfinite(number)) {
            return number > 0 ? ".inf" : "-.inf";
        }
        BigDecimal exact = new BigDecimal(Double.toString(number)).stripTrailingZeros();
        double magnitude = Math.abs(number);
        if (number == 0 || (magnitude >= 1e-4 && magnitude < 1e16)) {
            String plain = exact.toPlainString();
            if (number == 0) {
                plain = (1 / number < 0) ? "-0" : "0";
            }
            return plain.contains(".") ? plain : plain + ".0";
        }
        int exponent = exact.precision() - exact.scale() - 1;
        String digits = exact.unscaledValue().abs().toString();
        String mantissa = digits.length() == 1 ? digits + ".0" : digits.charAt(0) + "." + digits.substring(1);
        String sign = number < 0 ? "-" : "";
        String exponentText = String.format("%s%02d", exponent < 0 ? "-" : "+", Math.abs(exponent));
        return sign + mantissa + "e" + exponentText;
    }
}
