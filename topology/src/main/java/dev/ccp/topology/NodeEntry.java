package dev.ccp.topology;

import dev.ccp.dsl.yaml.KeyPath;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of the {@code nodes} section: its key compiled once as a regular expression, and
 * the roles it gives the nodes it matches.
 *
 * @param key     the key as written: a regular expression matched at the start of node names
 * @param pattern the compiled key
 * @param roles   the roles it gives, as written (only roles the {@code roles} section defines)
 */
record NodeEntry(String key, Pattern pattern, List<String> roles) {

    /** How a pattern relates to a node name. */
    enum Match {
        /** The pattern does not match at the start of the name. */
        NONE,
        /** The pattern matches the whole name. */
        WHOLE_NAME,
        /** The pattern matches at the start of the name but cannot match all of it: {@code node1} and {@code node10}. */
        PREFIX_ONLY
    }

    NodeEntry {
        roles = List.copyOf(roles);
    }

    KeyPath path() {
        return KeyPath.of("nodes", key);
    }

    /** A matcher to pass to {@link #match} for many names, so that it is made once. */
    Matcher matcher() {
        return pattern.matcher("");
    }

    /**
     * How this entry's pattern matches {@code nodeName}, with Python {@code re.match} semantics
     * (anchored at the start only).
     *
     * @param matcher a matcher of this entry's pattern, from {@link #matcher()}
     */
    Match match(Matcher matcher, String nodeName) {
        matcher.reset(nodeName);
        if (!matcher.lookingAt()) {
            return Match.NONE;
        }
        if (matcher.end() == nodeName.length() || matcher.matches()) {
            return Match.WHOLE_NAME;
        }
        return Match.PREFIX_ONLY;
    }

    /** The pattern anchored at the end as well, as the user should write it to match whole names only. */
    String anchoredKey() {
        return key.contains("|") ? "(?:" + key + ")$" : key + "$";
    }
}
