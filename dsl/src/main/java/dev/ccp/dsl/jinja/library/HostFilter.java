package dev.ccp.dsl.jinja.library;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import dev.ccp.dsl.jinja.python.Arguments;
import dev.ccp.dsl.jinja.python.PythonStrings;

/**
 * CCP's {@code host} filter: the network location of a URL, as Python's
 * {@code urlparse(url).netloc} ({@code http://user@h:5000/x} gives {@code user@h:5000}; text
 * without {@code //} gives an empty string).
 */
final class HostFilter extends PyFilter {

    HostFilter() {
        super("host");
    }

    @Override
    Object apply(Object value, Arguments arguments, JinjavaInterpreter interpreter) {
        arguments.withoutArguments(null);
        return networkLocation(PythonStrings.str(value));
    }

    static String networkLocation(String url) {
        String rest = url;
        int colon = rest.indexOf(':');
        if (colon > 0 && isScheme(rest.substring(0, colon))) {
            rest = rest.substring(colon + 1);
        }
        if (!rest.startsWith("//")) {
            return "";
        }
        rest = rest.substring(2);
        int end = rest.length();
        for (char delimiter : new char[] {'/', '?', '#'}) {
            int at = rest.indexOf(delimiter);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return rest.substring(0, end);
    }

    private static boolean isScheme(String text) {
        if (!Character.isLetter(text.charAt(0)) || text.charAt(0) > 0x7f) {
            return false;
        }
        return text.chars().allMatch(c -> c < 0x80 && (Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.'));
    }
}
