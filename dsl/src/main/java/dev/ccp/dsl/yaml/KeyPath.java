package dev.ccp.dsl.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a value sits inside a YAML document (a configuration, a service definition): a list of
 * mapping keys ({@link String}) and list indexes ({@link Integer}). Keys are kept whole, so a key
 * that contains a dot ({@code keystone.conf}) stays one segment, and is printed quoted:
 * {@code files["keystone.conf"].perm}.
 *
 * @param segments the keys and indexes from the root, outermost first
 */
public record KeyPath(List<Object> segments) {

    private static final KeyPath ROOT = new KeyPath(List.of());
    /** A key printed as it is; any other key is printed quoted in brackets. */
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_-]+");

    public KeyPath {
        segments = List.copyOf(segments);
        for (Object segment : segments) {
            if (!(segment instanceof String) && !(segment instanceof Integer)) {
                throw new IllegalArgumentException("a key path segment is a String key or an Integer index, not " + segment);
            }
        }
    }

    /** The path of the whole document. */
    public static KeyPath root() {
        return ROOT;
    }

    /** A path made of mapping keys only: {@code KeyPath.of("kubernetes", "namespace")}. */
    public static KeyPath of(String... keys) {
        return new KeyPath(List.of((Object[]) keys));
    }

    /** The path of the value stored under {@code key} in the mapping at this path. */
    public KeyPath key(String key) {
        return append(Objects.requireNonNull(key, "key"));
    }

    /** The path of the list item at {@code index} in the list at this path. */
    public KeyPath index(int index) {
        return append(index);
    }

    public boolean isRoot() {
        return segments.isEmpty();
    }

    public int depth() {
        return segments.size();
    }

    /** The enclosing path; the root is its own parent. */
    public KeyPath parent() {
        return isRoot() ? this : new KeyPath(segments.subList(0, segments.size() - 1));
    }

    /** The last segment, or {@code null} for the root. */
    public Object last() {
        return isRoot() ? null : segments.get(segments.size() - 1);
    }

    /** The first segment when it is a key (the top-level section), or {@code null}. */
    public String section() {
        return !isRoot() && segments.get(0) instanceof String key ? key : null;
    }

    /** True when this path is {@code ancestor} or lies below it. */
    public boolean startsWith(KeyPath ancestor) {
        return ancestor.segments.size() <= segments.size()
                && segments.subList(0, ancestor.segments.size()).equals(ancestor.segments);
    }

    /** This path with its leading {@code prefix} replaced by {@code replacement}. */
    public KeyPath withPrefix(KeyPath prefix, KeyPath replacement) {
        if (!startsWith(prefix)) {
            throw new IllegalArgumentException(this + " does not start with " + prefix);
        }
        List<Object> moved = new ArrayList<>(replacement.segments);
        moved.addAll(segments.subList(prefix.segments.size(), segments.size()));
        return new KeyPath(moved);
    }

    private KeyPath append(Object segment) {
        List<Object> longer = new ArrayList<>(segments.size() + 1);
        longer.addAll(segments);
        longer.add(segment);
        return new KeyPath(longer);
    }

    /**
     * The dotted form users read: {@code repositories.repos[2].name}; empty for the root. A key
     * that is not a plain word (letters, digits, {@code _} and {@code -}) is written quoted in
     * brackets, with {@code "} and {@code \} escaped by a backslash: {@code files["keystone.conf"]},
     * {@code sources["openstack/keystone"]}, {@code nodes["node[1-3]"]}.
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else if (isBare((String) segment)) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(segment);
            } else {
                String escaped = ((String) segment).replace("\\", "\\\\").replace("\"", "\\\"");
                out.append("[\"").append(escaped).append("\"]");
            }
        }
        return out.toString();
    }

    private static boolean isBare(String key) {
        return PLAIN_KEY.matcher(key).matches();
    }
}
