package dev.ccp.harness;

import java.util.Map;

/**
 * The kubelet's {@code $(VAR)} references in env values, command and args: a defined variable is
 * replaced, {@code $$} escapes a dollar, anything else stays as written.
 */
final class KubeletExpansion {

    private KubeletExpansion() {
    }

    static String expand(String text, Map<String, String> env) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '$' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                if (next == '$') {
                    out.append('$');
                    i += 2;
                    continue;
                }
                if (next == '(') {
                    int end = text.indexOf(')', i + 2);
                    if (end > 0 && env.containsKey(text.substring(i + 2, end))) {
                        out.append(env.get(text.substring(i + 2, end)));
                        i = end + 1;
                        continue;
                    }
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
