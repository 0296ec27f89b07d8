package dev.ccp.dsl.jinja.python;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code str()} and {@code repr()} of template values, so that printed values read as
 * Jinja2 prints them: {@code True}, {@code None}, {@code ['a', 1]}, {@code 1e-05}.
 *
 * <p>One deliberate difference from Python: {@link #str(Object)} of a mapping is JSON with sorted
 * keys (see {@link PythonJson#mapping(Map)}), as ccp prints mappings in every template kind.
 */
public final class PythonStrings {

    private PythonStrings() {
    }

    /** Python {@code str(value)}, except that a mapping prints as sorted JSON. */
    public static String str(Object value) {
        if (value instanceof CharSequence text) {
            return text.toString();
        }
        if (value instanceof Map<?, ?> map) {
            return PythonJson.mapping(map);
        }
        return repr(value);
    }

    /** Python {@code repr(value)}. */
    public static String repr(Object value) {
        StringBuilder out = new StringBuilder();
        appendRepr(out, value);
        return out.toString();
    }

    private static void appendRepr(StringBuilder out, Object value) {
        if (value == null) {
            out.append("None");
        } else if (value instanceof Boolean bool) {
            out.append(bool ? "True" : "False");
        } else if (value instanceof CharSequence || value instanceof Character) {
            appendQuoted(out, value.toString());
        } else if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            out.append(floatRepr(((Number) value).doubleValue()));
        } else if (value instanceof Number) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            appendDict(out, map);
        } else if (value instanceof PythonTuple tuple) {
            appendTuple(out, tuple);
        } else if (value instanceof Set<?> set) {
            appendSet(out, set);
        } else if (value instanceof Collection<?> list) {
            appendSequence(out, list.iterator(), '[', ']');
        } else if (value instanceof Object[] array) {
            appendSequence(out, java.util.Arrays.asList(array).iterator(), '[', ']');
        } else if (value instanceof Map.Entry<?, ?> entry) {
            out.append('(');
            appendRepr(out, entry.getKey());
            out.append(", ");
            appendRepr(out, entry.getValue());
            out.append(')');
        } else {
            out.append(value);
        }
    }

    private static void appendDict(StringBuilder out, Map<?, ?> map) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            appendRepr(out, entry.getKey());
            out.append(": ");
            appendRepr(out, entry.getValue());
        }
        out.append('}');
    }

    private static void appendTuple(StringBuilder out, PythonTuple tuple) {
        appendSequence(out, tuple.iterator(), '(', ')');
        if (tuple.size() == 1) {
            out.insert(out.length() - 1, ',');
        }
    }

    private static void appendSet(StringBuilder out, Set<?> set) {
        if (set.isEmpty()) {
            out.append("set()");
        } else {
            appendSequence(out, set.iterator(), '{', '}');
        }
    }

    private static void appendSequence(StringBuilder out, Iterator<?> items, char open, char close) {
        out.append(open);
        boolean first = true;
        while (items.hasNext()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            appendRepr(out, items.next());
        }
        out.append(close);
    }

    /** A string literal as Python writes it: single quotes unless the text holds only single quotes. */
    static void appendQuoted(StringBuilder out, String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        out.append(quote);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (isPrintable(cp)) {
                out.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.append(String.format("\\U%08x", cp));
            }
        }
        out.append(quote);
    }

    /** Python's {@code str.isprintable()} for one character. */
    private static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /**
     * Python {@code repr(float)}: the shortest digits that read back as the same double, in
     * positional notation for exponents -5 to 15 ({@code 0.0001}, {@code 1e-05},
     * {@code 1000000000000000.0}, {@code 1e+16}).
     */
    public static String floatRepr(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return (1 / value < 0) ? "-0.0" : "0.0";
        }
        BigDecimal shortest = shortestDecimal(value);
        String digits = shortest.unscaledValue().abs().toString();
        int trailingZeros = 0;
        while (trailingZeros < digits.length() - 1 && digits.charAt(digits.length() - 1 - trailingZeros) == '0') {
            trailingZeros++;
        }
        digits = digits.substring(0, digits.length() - trailingZeros);
        // value = 0.d1d2... x 10^decimalPoint
        int decimalPoint = digits.length() - shortest.scale() + trailingZeros;
        StringBuilder out = new StringBuilder();
        if (value < 0) {
            out.append('-');
        }
        if (decimalPoint > -4 && decimalPoint <= 16) {
            if (decimalPoint <= 0) {
                out.append("0.").append("0".repeat(-decimalPoint)).append(digits);
            } else if (decimalPoint >= digits.length()) {
                out.append(digits).append("0".repeat(decimalPoint - digits.length())).append(".0");
            } else {
                out.append(digits, 0, decimalPoint).append('.').append(digits.substring(decimalPoint));
            }
        } else {
            int exponent = decimalPoint - 1;
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits.substring(1));
            }
            out.append('e').append(exponent < 0 ? '-' : '+');
            int magnitude = Math.abs(exponent);
            if (magnitude < 10) {
                out.append('0');
            }
            out.append(magnitude);
        }
        return out.toString();
    }

    private static BigDecimal shortestDecimal(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision < 17; precision++) {
            BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == value) {
                return candidate;
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }

}
