package dev.ccp.dsl.jinja.python;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Python's {@code ==}: numbers compare by value ({@code 1 == 1.0 == True}), strings only with
 * strings ({@code '1' == 1} is false), lists and mappings element by element. Jinjava's
 * {@code ==} converts types first, so {@code '1' == 1} is true there and {@code 'x' == 1} fails.
 */
public final class PythonEquality {

    private PythonEquality() {
    }

    public static boolean equal(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (PythonNumbers.isNumber(a) || PythonNumbers.isNumber(b)) {
            return PythonNumbers.isNumber(a) && PythonNumbers.isNumber(b) && numbersEqual(a, b);
        }
        if (a instanceof CharSequence || b instanceof CharSequence) {
            return a instanceof CharSequence && b instanceof CharSequence && a.toString().equals(b.toString());
        }
        if (a instanceof Map<?, ?> left && b instanceof Map<?, ?> right) {
            return mapsEqual(left, right);
        }
        if (a instanceof Set || b instanceof Set) {
            return a.equals(b);
        }
        if (a instanceof List<?> left && b instanceof List<?> right) {
            return (a instanceof PythonTuple) == (b instanceof PythonTuple) && sequencesEqual(left, right);
        }
        if (a instanceof Collection || b instanceof Collection || a instanceof Map || b instanceof Map) {
            return false;
        }
        return Objects.equals(a, b);
    }

    private static boolean numbersEqual(Object a, Object b) {
        return exact(a) != null && exact(b) != null && exact(a).compareTo(exact(b)) == 0;
    }

    /** The exact value of a Python number; {@code null} for NaN and infinities (equal to nothing finite). */
    private static BigDecimal exact(Object number) {
        if (number instanceof Boolean bool) {
            return bool ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (number instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof Double || number instanceof Float) {
            double value = ((Number) number).doubleValue();
            return Double.isNaN(value) || Double.isInfinite(value) ? null : new BigDecimal(value);
        }
        return BigDecimal.valueOf(((Number) number).longValue());
    }

    private static boolean sequencesEqual(List<?> left, List<?> right) {
        if (left.size() != right.size()) {
            return false;
        }
        Iterator<?> l = left.iterator();
        Iterator<?> r = right.iterator();
        while (l.hasNext()) {
            if (!equal(l.next(), r.next())) {
                return false;
            }
        }
        return true;
    }

    private static boolean mapsEqual(Map<?, ?> left, Map<?, ?> right) {
        if (left.size() != right.size()) {
            return false;
        }
        for (Map.Entry<?, ?> entry : left.entrySet()) {
            if (!right.containsKey(entry.getKey()) || !equal(entry.getValue(), right.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
