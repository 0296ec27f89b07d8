package dev.ccp.dsl.jinja.python;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's {@code str.format}: {@code {}}, {@code {0}}, {@code {name}}, {@code {0.key}},
 * {@code {0[key]}}, {@code !r}/{@code !s} and the common part of the format-spec mini language
 * ({@code [[fill]align][sign][0][width][,][.precision][type]}).
 */
public final class PythonFormatter {

    private static final Pattern SPEC = Pattern.compile(
            "(?:(.)?([<>=^]))?([-+ ])?(#)?(0)?(\\d+)?(,)?(?:\\.(\\d+))?([bcdeEfFgGnosxX%])?");

    private PythonFormatter() {
    }

    /**
     * @throws IllegalArgumentException for a malformed format string or a missing argument
     */
    public static String format(String template, List<?> args, Map<String, ?> kwargs) {
        StringBuilder out = new StringBuilder();
        int autoIndex = 0;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{') {
                if (i + 1 < template.length() && template.charAt(i + 1) == '{') {
                    out.append('{');
                    i += 2;
                    continue;
                }
                int end = template.indexOf('}', i);
                if (end < 0) {
                    throw new IllegalArgumentException("Single '{' encountered in format string");
                }
                String field = template.substring(i + 1, end);
                String spec = "";
                char conversion = 0;
                int colon = field.indexOf(':');
                if (colon >= 0) {
                    spec = field.substring(colon + 1);
                    field = field.substring(0, colon);
                }
                int bang = field.indexOf('!');
                if (bang >= 0) {
                    String conv = field.substring(bang + 1);
                    if (conv.length() != 1 || "rsa".indexOf(conv.charAt(0)) < 0) {
                        throw new IllegalArgumentException("Unknown conversion specifier " + conv);
                    }
                    conversion = conv.charAt(0);
                    field = field.substring(0, bang);
                }
                String head = field.split("[.\\[]", 2)[0];
                String rest = field.substring(head.length());
                Object value;
                if (head.isEmpty()) {
                    value = argument(args, autoIndex++);
                } else if (head.chars().allMatch(Character::isDigit)) {
                    value = argument(args, Integer.parseInt(head));
                } else {
                    if (!kwargs.containsKey(head)) {
                        throw new IllegalArgumentException("KeyError: '" + head + "'");
                    }
                    value = kwargs.get(head);
                }
                value = lookup(value, rest);
                if (conversion == 'r' || conversion == 'a') {
                    value = PythonStrings.repr(value);
                } else if (conversion == 's') {
                    value = PythonStrings.str(value);
                }
                out.append(formatValue(value, spec));
                i = end + 1;
            } else if (c == '}') {
                if (i + 1 < template.length() && template.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw new IllegalArgumentException("Single '}' encountered in format string");
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static Object argument(List<?> args, int index) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(
                    "Replacement index " + index + " out of range for positional args tuple");
        }
        return args.get(index);
    }

    private static Object lookup(Object value, String path) {
        Object current = value;
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            int next;
            String key;
            if (c == '.') {
                next = i + 1;
                while (next < path.length() && path.charAt(next) != '.' && path.charAt(next) != '[') {
                    next++;
                }
                key = path.substring(i + 1, next);
            } else if (c == '[') {
                int close = path.indexOf(']', i);
                if (close < 0) {
                    throw new IllegalArgumentException("Missing ']' in format string");
                }
                key = path.substring(i + 1, close);
                next = close + 1;
            } else {
                throw new IllegalArgumentException("Only '.' or '[' may follow ']' in format field specifier");
            }
            current = element(current, key);
            i = next;
        }
        return current;
    }

    private static Object element(Object container, String key) {
        if (container instanceof Map<?, ?> map && map.containsKey(key)) {
            return map.get(key);
        }
        if (container instanceof List<?> list && key.chars().allMatch(Character::isDigit) && !key.isEmpty()) {
            int index = Integer.parseInt(key);
            if (index < list.size()) {
                return list.get(index);
            }
        }
        throw new IllegalArgumentException("cannot look up '" + key + "' in " + PythonStrings.repr(container));
    }

    /** Python {@code format(value, spec)} for the spec forms templates use. */
    static String formatValue(Object value, String spec) {
        if (spec.isEmpty()) {
            return PythonStrings.str(value);
        }
        Matcher m = SPEC.matcher(spec);
        if (!m.matches()) {
            throw new IllegalArgumentException("Invalid format specifier '" + spec + "'");
        }
        String fill = m.group(1) == null ? " " : m.group(1);
        char align = m.group(2) == null ? 0 : m.group(2).charAt(0);
        String sign = m.group(3) == null ? "-" : m.group(3);
        boolean zero = m.group(5) != null;
        int width = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        boolean grouping = m.group(7) != null;
        Integer precision = m.group(8) == null ? null : Integer.valueOf(m.group(8));
        char type = m.group(9) == null ? 0 : m.group(9).charAt(0);

        boolean numeric = value instanceof Number && !(value instanceof Boolean);
        String body;
        String prefix = "";
        if (!numeric) {
            if (type != 0 && type != 's') {
                throw new IllegalArgumentException(
                        "Unknown format code '" + type + "' for object of type 'str'");
            }
            body = PythonStrings.str(value);
            if (precision != null && body.length() > precision) {
                body = body.substring(0, precision);
            }
            if (align == 0) {
                align = '<';
            }
        } else {
            double asDouble = ((Number) value).doubleValue();
            BigInteger integer = integerOf(value);
            boolean negative = integer != null ? integer.signum() < 0 : (asDouble < 0 || (asDouble == 0 && 1 / asDouble < 0));
            body = numberBody(value, integer, type, precision);
            if (body.startsWith("-")) {
                body = body.substring(1);
            }
            if (grouping) {
                body = group(body);
            }
            prefix = negative ? "-" : "+".equals(sign) ? "+" : " ".equals(sign) ? " " : "";
            if (zero && align == 0) {
                fill = "0";
                align = '=';
            }
            if (align == 0) {
                align = '>';
            }
        }
        int padding = width - prefix.length() - body.length();
        if (padding <= 0) {
            return prefix + body;
        }
        String pad = fill.repeat(padding);
        return switch (align) {
            case '<' -> prefix + body + pad;
            case '^' -> fill.repeat(padding / 2) + prefix + body + fill.repeat(padding - padding / 2);
            case '=' -> prefix + pad + body;
            default -> pad + prefix + body;
        };
    }

    private static BigInteger integerOf(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigInteger.valueOf(((Number) value).longValue());
        }
        return value instanceof BigInteger big ? big : null;
    }

    private static String numberBody(Object value, BigInteger integer, char type, Integer precision) {
        switch (type) {
            case 'd', 'n', 'b', 'o', 'x', 'X', 'c' -> {
                if (integer == null) {
                    throw new IllegalArgumentException(
                            "Unknown format code '" + type + "' for object of type 'float'");
                }
                return switch (type) {
                    case 'b' -> integer.toString(2);
                    case 'o' -> integer.toString(8);
                    case 'x' -> integer.toString(16);
                    case 'X' -> integer.toString(16).toUpperCase(Locale.ROOT);
                    case 'c' -> new String(Character.toChars(integer.intValue()));
                    default -> integer.toString();
                };
            }
            case 'f', 'F', '%' -> {
                BigDecimal decimal = new BigDecimal(((Number) value).doubleValue());
                if (integer != null) {
                    decimal = new BigDecimal(integer);
                }
                if (type == '%') {
                    decimal = decimal.movePointRight(2);
                }
                String text = decimal.setScale(precision == null ? 6 : precision, RoundingMode.HALF_EVEN).toPlainString();
                return type == '%' ? text + "%" : text;
            }
            case 'e', 'E' -> {
                String text = String.format(Locale.ROOT, "%." + (precision == null ? 6 : precision) + "e",
                        ((Number) value).doubleValue());
                return type == 'E' ? text.toUpperCase(Locale.ROOT) : text;
            }
            case 'g', 'G' -> {
                String text = generalFormat(((Number) value).doubleValue(), precision == null ? 6 : precision);
                return type == 'G' ? text.toUpperCase(Locale.ROOT) : text;
            }
            default -> {
                if (integer != null) {
                    return integer.toString();
                }
                double number = ((Number) value).doubleValue();
                return precision == null ? PythonStrings.floatRepr(number) : generalFormat(number, precision);
            }
        }
    }

    /** Python's {@code 'g'} presentation: significant digits, trailing zeros removed. */
    private static String generalFormat(double number, int precision) {
        int digits = Math.max(precision, 1);
        if (number == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(number).round(new java.math.MathContext(digits, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= digits) {
            String mantissa = rounded.movePointLeft(exponent).stripTrailingZeros().toPlainString();
            return mantissa + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
        }
        return rounded.stripTrailingZeros().toPlainString();
    }

    private static String group(String digits) {
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        String fraction = point < 0 ? "" : digits.substring(point);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(whole.charAt(i));
        }
        return out + fraction;
    }
}
