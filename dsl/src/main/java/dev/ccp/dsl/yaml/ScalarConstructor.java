package dev.ccp.dsl.yaml;

import java.math.BigInteger;
import java.util.Locale;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns a scalar into its Java value the way PyYAML's safe loader does, except that
 * timestamps stay strings (their text), since configuration values are plain types.
 */
final class ScalarConstructor {

    /** A scalar that cannot be read; the message says why. */
    static final class UnreadableScalarException extends Exception {

        private static final long serialVersionUID = 1L;

        UnreadableScalarException(String message) {
            super(message);
        }
    }

    Object construct(ScalarNode node) throws UnreadableScalarException {
        Tag tag = node.getTag();
        String text = node.getValue();
        if (tag.equals(Tag.STR) || tag.equals(Tag.TIMESTAMP) || tag.equals(Tag.MERGE)) {
            return text;
        }
        if (tag.equals(Tag.NULL)) {
            return null;
        }
        if (tag.equals(Tag.BOOL)) {
            return bool(text);
        }
        if (tag.equals(Tag.INT)) {
            return integer(text);
        }
        if (tag.equals(Tag.FLOAT)) {
            return floating(text);
        }
        throw new UnreadableScalarException("unsupported tag " + tag.getValue());
    }

    private static Boolean bool(String text) throws UnreadableScalarException {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "yes", "true", "on":
                return Boolean.TRUE;
            case "no", "false", "off":
                return Boolean.FALSE;
            default:
                throw new UnreadableScalarException("'" + text + "' is not a boolean");
        }
    }

    private static Number integer(String text) throws UnreadableScalarException {
        String digits = text.replace("_", "");
        boolean negative = digits.startsWith("-");
        if (digits.startsWith("-") || digits.startsWith("+")) {
            digits = digits.substring(1);
        }
        try {
            BigInteger value;
            if (digits.contains(":")) {
                value = BigInteger.ZERO;
                for (String part : digits.split(":")) {
                    value = value.multiply(BigInteger.valueOf(60)).add(new BigInteger(part));
                }
            } else if (digits.startsWith("0b")) {
                value = new BigInteger(digits.substring(2), 2);
            } else if (digits.startsWith("0x")) {
                value = new BigInteger(digits.substring(2), 16);
            } else if (digits.length() > 1 && digits.startsWith("0")) {
                value = new BigInteger(digits.substring(1), 8);
            } else {
                value = new BigInteger(digits);
            }
            return narrow(negative ? value.negate() : value);
        } catch (NumberFormatException e) {
            throw new UnreadableScalarException("'" + text + "' is not an integer");
        }
    }

    private static Number narrow(BigInteger value) {
        if (value.bitLength() < Integer.SIZE) {
            return value.intValue();
        }
        if (value.bitLength() < Long.SIZE) {
            return value.longValue();
        }
        return value;
    }

    private static Double floating(String text) throws UnreadableScalarException {
        String digits = text.replace("_", "").toLowerCase(Locale.ROOT);
        double sign = 1;
        if (digits.startsWith("-") || digits.startsWith("+")) {
            sign = digits.startsWith("-") ? -1 : 1;
            digits = digits.substring(1);
        }
        if (digits.equals(".inf")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (digits.equals(".nan")) {
            return Double.NaN;
        }
        try {
            if (digits.contains(":")) {
                double value = 0;
                for (String part : digits.split(":")) {
                    value = value * 60 + Double.parseDouble(part);
                }
                return sign * value;
            }
            return sign * Double.parseDouble(digits);
        } catch (NumberFormatException e) {
            throw new UnreadableScalarException("'" + text + "' is not a number");
        }
    }
}
