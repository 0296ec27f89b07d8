package dev.ccp.dsl.jinja.python;

import com.hubspot.jinjava.util.HasObjectTruthValue;
import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Map;

/** Python truthiness: {@code None}, {@code False}, zero and empty strings or containers are false. */
public final class PythonTruth {

    private PythonTruth() {
    }

    public static boolean isTrue(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof HasObjectTruthValue truthValue) {
            return truthValue.getObjectTruthValue();
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value instanceof Number number) {
            return number.doubleValue() != 0;
        }
        if (value instanceof CharSequence text) {
            return text.length() > 0;
        }
        if (value instanceof Collection<?> items) {
            return !items.isEmpty();
        }
        if (value instanceof Map<?, ?> map) {
            return !map.isEmpty();
        }
        if (value.getClass().isArray()) {
            return Array.getLength(value) > 0;
        }
        return true;
    }
}
