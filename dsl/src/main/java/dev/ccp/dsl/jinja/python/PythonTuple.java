package dev.ccp.dsl.jinja.python;

import com.hubspot.jinjava.objects.collections.PyList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;

/**
 * An immutable sequence that prints like a Python tuple ({@code ('a', 1)}), e.g. the pairs of
 * {@code dict.items()}. It is a Jinjava {@link PyList}, so {@code for k, v in ...} unpacks it.
 */
public final class PythonTuple extends PyList {

    private PythonTuple(Object... items) {
        super(Collections.unmodifiableList(new ArrayList<>(Arrays.asList(items))));
    }

    public static PythonTuple of(Object... items) {
        return new PythonTuple(items);
    }
}
