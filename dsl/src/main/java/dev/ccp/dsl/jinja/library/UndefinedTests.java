package dev.ccp.dsl.jinja.library;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.exptest.ExpTest;
import dev.ccp.dsl.jinja.engine.Undefined;
import java.util.List;

/**
 * Jinja2's {@code defined}, {@code undefined} and {@code none} tests. Jinjava's versions cannot
 * tell None from a missing value; here a key holding None is defined and is none.
 */
public final class UndefinedTests {

    private UndefinedTests() {
    }

    public static List<ExpTest> all() {
        return List.of(
                new Test("defined", false),
                new Test("undefined", true),
                new NoneTest());
    }

    private record Test(String name, boolean expectUndefined) implements ExpTest {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean evaluate(Object value, JinjavaInterpreter interpreter, Object... args) {
            return (value instanceof Undefined) == expectUndefined;
        }
    }

    private static final class NoneTest implements ExpTest {

        @Override
        public String getName() {
            return "none";
        }

        @Override
        public boolean evaluate(Object value, JinjavaInterpreter interpreter, Object... args) {
            return value == null;
        }
    }
}
