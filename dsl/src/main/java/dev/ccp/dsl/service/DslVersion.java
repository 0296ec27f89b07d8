package dev.ccp.dsl.service;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.semver4j.Semver;

/**
 * A DSL version: strict {@code X.Y} or {@code X.Y.Z} (a missing patch counts as 0), shown as
 * written ({@code 0.2} stays {@code 0.2}).
 *
 * @param text   the version as written
 * @param semver the version compared by Semver rules
 */
public record DslVersion(String text, Semver semver) implements Comparable<DslVersion> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,9})\\.(\\d{1,9})(?:\\.(\\d{1,9}))?");

    /** The DSL version this tool implements (the original stopped at 0.9.0). */
    public static final DslVersion CURRENT = parse("0.10.0");

    public DslVersion {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(semver, "semver");
    }

    /** The version written as {@code text}, if it has the {@code X.Y} or {@code X.Y.Z} form. */
    public static Optional<DslVersion> tryParse(String text) {
        Matcher matcher = FORMAT.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int patch = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
        Semver semver = Semver.create(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), patch);
        return Optional.of(new DslVersion(text, semver));
    }

    /** Parses a version known to be well formed; throws IllegalArgumentException otherwise. */
    public static DslVersion parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException("not a DSL version: " + text));
    }

    public int major() {
        return semver.getMajor();
    }

    public boolean isNewerThan(DslVersion other) {
        return semver.isGreaterThan(other.semver);
    }

    @Override
    public int compareTo(DslVersion other) {
        return semver.compareTo(other.semver);
    }

    @Override
    public String toString() {
        return text;
    }
}
