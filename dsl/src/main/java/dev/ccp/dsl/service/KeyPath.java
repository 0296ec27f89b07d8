package dev.ccp.dsl.service;

import java.util.regex.Pattern;

/**
 * Builds the dotted key paths that {@link dev.ccp.dsl.problem.Problem}s show, such as
 * {@code service.containers[0].probes.readiness.type}. Keys that are not plain words
 * ({@code keystone.conf}) are quoted: {@code files["keystone.conf"].perm}.
 */
public final class KeyPath {

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_-]+");

    private KeyPath() {
    }

    /** The path of {@code key} inside the mapping at {@code parent} ({@code ""} is the root). */
    public static String child(String parent, Object key) {
        String name = String.valueOf(key);
        if (!PLAIN_KEY.matcher(name).matches()) {
            return parent + "[\"" + name.replace("\"", "\\\"") + "\"]";
        }
        return parent.isEmpty() ? name : parent + "." + name;
    }

    /** The path of item {@code index} of the sequence at {@code parent}. */
    public static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
