package dev.ccp.dsl.jinja.engine;

import com.hubspot.jinjava.util.HasObjectTruthValue;
import dev.ccp.dsl.jinja.python.PythonTypes;
import java.util.Collections;
import java.util.Iterator;

/**
 * Jinja2's {@code Undefined}: the value of a missing variable, key, index or attribute. It is
 * distinct from {@code None}. Lenient: prints empty, iterates as empty, is false. Strict
 * (Jinja2's {@code StrictUndefined}): each of those raises. Both raise on an attribute of it.
 */
public final class Undefined implements HasObjectTruthValue, Iterable<Object> {

    private final String message;
    private final boolean strict;

    private Undefined(String message, boolean strict) {
        this.message = message;
        this.strict = strict;
    }

    /** A top-level name that is not bound: {@code 'foo' is undefined}. */
    public static Undefined variable(String name) {
        return new Undefined("'" + name + "' is undefined", DialectInterpreter.currentState().strict());
    }

    /** A missing attribute or key of {@code owner}: {@code 'dict object' has no attribute 'x'}. */
    public static Undefined attribute(Object owner, Object name) {
        String type = owner == null ? "'None'" : "'" + PythonTypes.name(owner) + " object'";
        return new Undefined(type + " has no attribute '" + name + "'", DialectInterpreter.currentState().strict());
    }

    /** A missing element of a sequence: {@code 'list object' has no element 3}. */
    public static Undefined element(Object owner, Object index) {
        return new Undefined("'" + PythonTypes.name(owner) + " object' has no element " + index,
                DialectInterpreter.currentState().strict());
    }

    /** An undefined result with Jinja2's hint as its message. */
    public static Undefined withMessage(String message) {
        return new Undefined(message, DialectInterpreter.currentState().strict());
    }

    public boolean isStrict() {
        return strict;
    }

    /** What Jinja2 says when this value is used where it cannot be. */
    public String message() {
        return message;
    }

    /** The error for uses that fail in both modes, such as an attribute of this value. */
    public UndefinedError error() {
        return new UndefinedError(message);
    }

    /** Raises when strict; for uses that only strict mode rejects (print, test, iterate). */
    public void checkUsable() {
        if (strict) {
            throw error();
        }
    }

    @Override
    public boolean getObjectTruthValue() {
        checkUsable();
        return false;
    }

    @Override
    public Iterator<Object> iterator() {
        checkUsable();
        return Collections.emptyIterator();
    }

    /** Empty, as Jinja2 prints a (lenient) Undefined. */
    @Override
    public String toString() {
        return "";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Undefined;
    }

    @Override
    public int hashCode() {
        return 0;
    }
}
