package dev.ccp.dsl.config.schema;

import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.yaml.KeyPath;
import dev.ccp.dsl.yaml.Origins;
import dev.ccp.dsl.yaml.PlainValues;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Collects the problems a schema check finds, placing each at the file and line where the
 * offending value was set. Values at secret paths are described by their kind only, so a
 * message never shows a password.
 */
public final class SchemaFindings {

    private final Origins origins;
    private final Predicate<KeyPath> secret;
    private final List<Problem> problems = new ArrayList<>();

    /**
     * @param origins where the checked values were set
     * @param secret  paths whose values must not appear in messages
     */
    public SchemaFindings(Origins origins, Predicate<KeyPath> secret) {
        this.origins = origins;
        this.secret = secret;
    }

    /** {@code <path>: expected <expected>, found <value>}. */
    public void mismatch(KeyPath path, String expected, Object found) {
        report(path, secret.test(path) ? "expected " + expected + ", found " + PlainValues.kind(found)
                : PlainValues.expected(expected, found));
    }

    /** {@code <path>: <message>}. */
    public void report(KeyPath path, String message) {
        problems.add(origins.problemAt(path, message));
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }
}
