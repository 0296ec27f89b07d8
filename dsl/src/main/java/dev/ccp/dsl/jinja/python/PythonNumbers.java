package dev.ccp.dsl.jinja.python;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.function.DoubleUnaryOperator;

/** Python arithmetic on template numbers: ints stay ints, any float makes a float. */
public final class PythonNumbers {

    private PythonNumbers() {
    }

    public static boolean isInt(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger || value instanceof Boolean;
    }

    public static boolean isNumber(Object value) {
        return isInt(value) || value instanceof Double || value instanceof Float || value instanceof BigDecimal;
    }

    /** {@code a + b} for numbers. */
    public static Object add(Object a, Object b) {
        if (!isNumber(a) || !isNumber(b)) {
            throw new IllegalArgumentException("unsupported operand type(s) for +: '"
                    + PythonTypes.name(a) + "' and '" + PythonTypes.name(b) + "'");
        }
        if (isInt(a) && isInt(b)) {
            BigInteger sum = bigInteger(a).add(bigInteger(b));
            return sum.bitLength() < 64 ? (Object) sum.longValue() : sum;
        }
        return toDouble(a) + toDouble(b);
    }

    /** Python ordering of two numbers or two strings. */
    public static int compare(Object a, Object b) {
        if (isNumber(a) && isNumber(b)) {
            if (isInt(a) && isInt(b)) {
                return bigInteger(a).compareTo(bigInteger(b));
            }
            return Double.compare(toDouble(a), toDouble(b));
        }
        if (a instanceof CharSequence && b instanceof CharSequence) {
            return a.toString().compareTo(b.toString());
        }
        throw new IllegalArgumentException("'<' not supported between instances of '"
                + PythonTypes.name(a) + "' and '" + PythonTypes.name(b) + "'");
    }

    /** Python's {@code round(value, precision)}: half to even on the exact binary value. */
    public static Object round(Object value, int precision) {
        requireNumber(value);
        if (isInt(value)) {
            if (precision >= 0) {
                return value instanceof Boolean bool ? (Object) (bool ? 1L : 0L) : value;
            }
            BigInteger rounded = new BigDecimal(bigInteger(value)).setScale(precision, RoundingMode.HALF_EVEN)
                    .toBigInteger();
            return rounded.bitLength() < 64 ? (Object) rounded.longValue() : rounded;
        }
        double number = toDouble(value);
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            return number;
        }
        return new BigDecimal(number).setScale(precision, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Jinja2's {@code ceil}/{@code floor} rounding: {@code f(value * 10**p) / 10**p}, a float. */
    public static double roundWith(Object value, int precision, DoubleUnaryOperator function) {
        requireNumber(value);
        double scale = Math.pow(10, precision);
        return function.applyAsDouble(toDouble(value) * scale) / scale;
    }

    private static void requireNumber(Object value) {
        if (!isNumber(value)) {
            throw new IllegalArgumentException(
                    "type " + PythonTypes.name(value) + " doesn't define __round__ method");
        }
    }

    private static BigInteger bigInteger(Object value) {
        if (value instanceof BigInteger big) {
            return big;
        }
        if (value instanceof Boolean bool) {
            return bool ? BigInteger.ONE : BigInteger.ZERO;
        }
        return BigInteger.valueOf(((Number) value).longValue());
    }

    private static double toDouble(Object value) {
        if (value instanceof Boolean bool) {
            return bool ? 1 : 0;
        }
        return ((Number) value).doubleValue();
    }
}
