package dev.ccp.dsl.service.validation;

import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.problem.Suggestions;
import dev.ccp.dsl.yaml.KeyPath;
import dev.ccp.dsl.yaml.PlainValues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Type and shape checks over one YAML document. Each check records a problem ("expected X,
 * found Y", with the key path) instead of throwing, so one pass finds every problem.
 */
final class Checks {

    private static final Pattern PATH = Pattern.compile("/|(/[\\w.-]+)+/?");
    private static final Pattern FILE_PERMISSION = Pattern.compile("[0-7]{3,4}");
    private static final Pattern SECRET_PERMISSION = Pattern.compile("0[0-7]{3}");
    private static final int MAX_PORT = 65535;
    private static final int MAX_SECONDS = 360;

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    Checks(String file) {
        this.file = file;
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    void problem(KeyPath path, String message) {
        problems.add(Problem.at(file, path.toString(), message));
    }

    void expected(KeyPath path, String expected, Object found) {
        problem(path, PlainValues.expected(expected, found));
    }

    /**
     * A closed mapping: reports a non-mapping, unknown keys (with did-you-mean) and missing
     * required keys. Returns the mapping, or empty when {@code value} is not one.
     */
    Optional<Map<?, ?>> closedMapping(Object value, KeyPath path, String what, Collection<String> allowed,
            Collection<String> required) {
        Optional<Map<?, ?>> mapping = mapping(value, path, what);
        mapping.ifPresent(map -> {
            for (Object key : map.keySet()) {
                String name = String.valueOf(key);
                if (!allowed.contains(name)) {
                    problem(path.key(name), "unknown key" + Suggestions.didYouMean(name, allowed)
                            + "; expected one of: " + String.join(", ", new TreeSet<>(allowed)));
                }
            }
            for (String key : required) {
                if (!map.containsKey(key)) {
                    problem(path, "missing required key '" + key + "'");
                }
            }
        });
        return mapping;
    }

    /** Any mapping; reports anything else. */
    Optional<Map<?, ?>> mapping(Object value, KeyPath path, String what) {
        if (value instanceof Map<?, ?> map) {
            return Optional.of(map);
        }
        expected(path, what, value);
        return Optional.empty();
    }

    /** A list, with at least one item when {@code nonEmpty}. */
    Optional<List<?>> list(Object value, KeyPath path, String what, boolean nonEmpty) {
        if (!(value instanceof List<?> list)) {
            expected(path, nonEmpty ? "a non-empty list of " + what : "a list of " + what, value);
            return Optional.empty();
        }
        if (nonEmpty && list.isEmpty()) {
            expected(path, "a non-empty list of " + what, value);
            return Optional.empty();
        }
        return Optional.of(list);
    }

    /** A string with at least one non-space character. */
    boolean nonEmptyString(Object value, KeyPath path) {
        if (value instanceof String text && !text.isBlank()) {
            return true;
        }
        expected(path, "a non-empty string", value);
        return false;
    }

    void string(Object value, KeyPath path) {
        if (!(value instanceof String)) {
            expected(path, "a string", value);
        }
    }

    void bool(Object value, KeyPath path) {
        if (!(value instanceof Boolean)) {
            expected(path, "true or false", value);
        }
    }

    /** One of {@code allowed} (exact spelling). */
    boolean oneOf(Object value, KeyPath path, List<String> allowed) {
        if (value instanceof String text && allowed.contains(text)) {
            return true;
        }
        String hint = "";
        if (value instanceof String text) {
            hint = allowed.stream().filter(text::equalsIgnoreCase).findFirst()
                    .map(s -> " (did you mean '" + s + "'?)")
                    .orElseGet(() -> Suggestions.didYouMean(text, allowed));
        }
        problem(path, "expected one of " + String.join(", ", allowed) + ", found " + PlainValues.describe(value) + hint);
        return false;
    }

    /** A port: an integer 1..65535, or such an integer written as a string ({@code "8080"}). */
    void port(Object value, KeyPath path) {
        Integer number = PlainValues.integerOrNull(value);
        if (number == null && value instanceof String text && text.matches("\\d{1,5}")) {
            number = Integer.valueOf(text);
        }
        if (number == null || number < 1 || number > MAX_PORT) {
            expected(path, "a port number 1..65535", value);
        }
    }

    /** A probe delay or timeout: an integer 1..360 (seconds). */
    void seconds(Object value, KeyPath path) {
        Integer number = PlainValues.integerOrNull(value);
        if (number == null || number < 1 || number > MAX_SECONDS) {
            expected(path, "a number of seconds 1..360", value);
        }
    }

    /** An absolute path: {@code /} or {@code /seg[/seg...]} of word characters, dots and dashes. */
    void absolutePath(Object value, KeyPath path) {
        if (!(value instanceof String text) || !PATH.matcher(text).matches()) {
            expected(path, "an absolute path such as /etc/service/file.conf", value);
        }
    }

    /** A file permission as text: three or four octal digits ({@code 0600}, {@code 755}). */
    void filePermission(Object value, KeyPath path) {
        if (!(value instanceof String text) || !FILE_PERMISSION.matcher(text).matches()) {
            expected(path, "a quoted octal permission of 3 or 4 digits such as '0644'", value);
        }
    }

    /** A secret permission as text: {@code 0} followed by three octal digits ({@code 0400}). */
    void secretPermission(Object value, KeyPath path) {
        if (!(value instanceof String text) || !SECRET_PERMISSION.matcher(text).matches()) {
            expected(path, "a quoted octal permission of 0 and three octal digits such as '0400'", value);
        }
    }
}
