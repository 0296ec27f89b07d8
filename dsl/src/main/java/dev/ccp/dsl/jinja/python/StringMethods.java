package dev.ccp.dsl.jinja.python;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The methods of Python's {@code str} that templates call, e.g. {@code name.upper()}. */
final class StringMethods {

    private StringMethods() {
    }

    static Object call(String self, String method, List<Object> args, Map<String, Object> kwargs) {
        Arguments a = new Arguments(method, args, kwargs);
        return switch (method) {
            case "upper" -> a.withoutArguments(self.toUpperCase(Locale.ROOT));
            case "lower" -> a.withoutArguments(self.toLowerCase(Locale.ROOT));
            case "casefold" -> a.withoutArguments(self.toLowerCase(Locale.ROOT));
            case "swapcase" -> a.withoutArguments(swapCase(self));
            case "title" -> a.withoutArguments(title(self));
            case "capitalize" -> a.withoutArguments(self.isEmpty() ? self
                    : self.substring(0, 1).toUpperCase(Locale.ROOT) + self.substring(1).toLowerCase(Locale.ROOT));
            case "strip" -> strip(self, a.optionalString(0, "chars"), true, true);
            case "lstrip" -> strip(self, a.optionalString(0, "chars"), true, false);
            case "rstrip" -> strip(self, a.optionalString(0, "chars"), false, true);
            case "split" -> split(self, a.optionalString(0, "sep"), a.optionalInt(1, "maxsplit", -1), false);
            case "rsplit" -> split(self, a.optionalString(0, "sep"), a.optionalInt(1, "maxsplit", -1), true);
            case "splitlines" -> splitLines(self, PythonTruth.isTrue(a.optional(0, "keepends", false)));
            case "startswith" -> affix(self, a.required(0, "prefix"), true);
            case "endswith" -> affix(self, a.required(0, "suffix"), false);
            case "replace" -> replace(self, a.requiredString(0, "old"), a.requiredString(1, "new"),
                    a.optionalInt(2, "count", -1));
            case "find" -> (long) self.indexOf(a.requiredString(0, "sub"));
            case "rfind" -> (long) self.lastIndexOf(a.requiredString(0, "sub"));
            case "index" -> index(self, a.requiredString(0, "sub"));
            case "count" -> count(self, a.requiredString(0, "sub"));
            case "join" -> join(self, a.required(0, "iterable"));
            case "format" -> PythonFormatter.format(self, args, kwargs);
            case "zfill" -> zfill(self, a.requiredInt(0, "width"));
            case "ljust" -> pad(self, a.requiredInt(0, "width"), a.optionalString(1, "fillchar"), '<');
            case "rjust" -> pad(self, a.requiredInt(0, "width"), a.optionalString(1, "fillchar"), '>');
            case "center" -> pad(self, a.requiredInt(0, "width"), a.optionalString(1, "fillchar"), '^');
            case "partition" -> partition(self, a.requiredString(0, "sep"), false);
            case "rpartition" -> partition(self, a.requiredString(0, "sep"), true);
            case "isdigit", "isnumeric", "isdecimal" -> a.withoutArguments(!self.isEmpty() && self.chars().allMatch(Character::isDigit));
            case "isalpha" -> a.withoutArguments(!self.isEmpty() && self.chars().allMatch(Character::isLetter));
            case "isalnum" -> a.withoutArguments(!self.isEmpty() && self.chars().allMatch(Character::isLetterOrDigit));
            case "isspace" -> a.withoutArguments(!self.isEmpty() && self.chars().allMatch(Character::isWhitespace));
            case "islower" -> a.withoutArguments(hasCased(self) && self.equals(self.toLowerCase(Locale.ROOT)));
            case "isupper" -> a.withoutArguments(hasCased(self) && self.equals(self.toUpperCase(Locale.ROOT)));
            default -> PythonMethods.NOT_FOUND;
        };
    }

    private static Object strip(String self, String chars, boolean left, boolean right) {
        int start = 0;
        int end = self.length();
        while (left && start < end && stripped(self.charAt(start), chars)) {
            start++;
        }
        while (right && end > start && stripped(self.charAt(end - 1), chars)) {
            end--;
        }
        return self.substring(start, end);
    }

    private static boolean stripped(char c, String chars) {
        return chars == null ? Character.isWhitespace(c) : chars.indexOf(c) >= 0;
    }

    private static List<Object> split(String self, String sep, long maxSplit, boolean fromRight) {
        List<Object> parts = new ArrayList<>();
        if (sep != null && sep.isEmpty()) {
            throw new IllegalArgumentException("empty separator");
        }
        if (sep == null) {
            String[] words = self.strip().isEmpty() ? new String[0] : self.strip().split("\\s+");
            if (maxSplit < 0 || words.length <= maxSplit + 1) {
                parts.addAll(List.of(words));
                return parts;
            }
            return splitWhitespaceLimited(self, (int) maxSplit, fromRight);
        }
        if (!fromRight) {
            int from = 0;
            int at;
            while ((maxSplit < 0 || parts.size() < maxSplit) && (at = self.indexOf(sep, from)) >= 0) {
                parts.add(self.substring(from, at));
                from = at + sep.length();
            }
            parts.add(self.substring(from));
            return parts;
        }
        int to = self.length();
        List<Object> reversed = new ArrayList<>();
        while (maxSplit < 0 || reversed.size() < maxSplit) {
            int at = self.lastIndexOf(sep, to - sep.length());
            if (at < 0) {
                break;
            }
            reversed.add(self.substring(at + sep.length(), to));
            to = at;
        }
        reversed.add(self.substring(0, to));
        for (int i = reversed.size() - 1; i >= 0; i--) {
            parts.add(reversed.get(i));
        }
        return parts;
    }

    private static List<Object> splitWhitespaceLimited(String self, int maxSplit, boolean fromRight) {
        List<Object> parts = new ArrayList<>();
        if (!fromRight) {
            String rest = strip(self, null, true, false).toString();
            while (parts.size() < maxSplit && !rest.isEmpty()) {
                int end = 0;
                while (end < rest.length() && !Character.isWhitespace(rest.charAt(end))) {
                    end++;
                }
                parts.add(rest.substring(0, end));
                rest = strip(rest.substring(end), null, true, false).toString();
            }
            if (!rest.isEmpty()) {
                parts.add(rest);
            }
            return parts;
        }
        String rest = strip(self, null, false, true).toString();
        List<Object> reversed = new ArrayList<>();
        while (reversed.size() < maxSplit && !rest.isEmpty()) {
            int start = rest.length();
            while (start > 0 && !Character.isWhitespace(rest.charAt(start - 1))) {
                start--;
            }
            reversed.add(rest.substring(start));
            rest = strip(rest.substring(0, start), null, false, true).toString();
        }
        if (!rest.isEmpty()) {
            reversed.add(rest);
        }
        for (int i = reversed.size() - 1; i >= 0; i--) {
            parts.add(reversed.get(i));
        }
        return parts;
    }

    private static List<Object> splitLines(String self, boolean keepEnds) {
        List<Object> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < self.length()) {
            char c = self.charAt(i);
            if (c == '\n' || c == '\r') {
                int end = i;
                i += (c == '\r' && i + 1 < self.length() && self.charAt(i + 1) == '\n') ? 2 : 1;
                lines.add(self.substring(start, keepEnds ? i : end));
                start = i;
            } else {
                i++;
            }
        }
        if (start < self.length()) {
            lines.add(self.substring(start));
        }
        return lines;
    }

    private static boolean affix(String self, Object affix, boolean prefix) {
        if (affix instanceof Collection<?> choices) {
            return choices.stream().anyMatch(choice -> affix(self, choice, prefix));
        }
        if (!(affix instanceof CharSequence)) {
            throw new IllegalArgumentException((prefix ? "startswith" : "endswith")
                    + " first arg must be str or a tuple of str, not " + PythonStrings.repr(affix));
        }
        return prefix ? self.startsWith(affix.toString()) : self.endsWith(affix.toString());
    }

    private static String replace(String self, String old, String replacement, long count) {
        if (count < 0) {
            return self.replace(old, replacement);
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        int done = 0;
        int at;
        while (done < count && (at = self.indexOf(old, from)) >= 0) {
            out.append(self, from, at).append(replacement);
            from = at + old.length();
            done++;
            if (old.isEmpty()) {
                if (from < self.length()) {
                    out.append(self.charAt(from));
                }
                from++;
                if (from > self.length()) {
                    return out.toString();
                }
            }
        }
        return out.append(self.substring(Math.min(from, self.length()))).toString();
    }

    private static long index(String self, String sub) {
        int at = self.indexOf(sub);
        if (at < 0) {
            throw new IllegalArgumentException("substring not found");
        }
        return at;
    }

    private static long count(String self, String sub) {
        if (sub.isEmpty()) {
            return self.length() + 1L;
        }
        long found = 0;
        int from = 0;
        int at;
        while ((at = self.indexOf(sub, from)) >= 0) {
            found++;
            from = at + sub.length();
        }
        return found;
    }

    private static String join(String self, Object iterable) {
        if (!(iterable instanceof Iterable<?> items)) {
            throw new IllegalArgumentException("can only join an iterable");
        }
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (Object item : items) {
            if (!(item instanceof CharSequence)) {
                throw new IllegalArgumentException(
                        "sequence item: expected str instance, " + PythonTypes.name(item) + " found");
            }
            if (!first) {
                out.append(self);
            }
            first = false;
            out.append(item);
        }
        return out.toString();
    }

    private static String zfill(String self, long width) {
        if (self.length() >= width) {
            return self;
        }
        String zeros = "0".repeat((int) width - self.length());
        if (!self.isEmpty() && (self.charAt(0) == '-' || self.charAt(0) == '+')) {
            return self.charAt(0) + zeros + self.substring(1);
        }
        return zeros + self;
    }

    private static String pad(String self, long width, String fill, char align) {
        String fillChar = fill == null ? " " : fill;
        if (fillChar.length() != 1) {
            throw new IllegalArgumentException("The fill character must be exactly one character long");
        }
        int padding = (int) width - self.length();
        if (padding <= 0) {
            return self;
        }
        return switch (align) {
            case '<' -> self + fillChar.repeat(padding);
            case '>' -> fillChar.repeat(padding) + self;
            default -> {
                int left = padding / 2 + (padding & (int) width & 1);
                yield fillChar.repeat(left) + self + fillChar.repeat(padding - left);
            }
        };
    }

    private static List<Object> partition(String self, String sep, boolean fromRight) {
        int at = fromRight ? self.lastIndexOf(sep) : self.indexOf(sep);
        if (at < 0) {
            return fromRight ? List.of("", "", self) : List.of(self, "", "");
        }
        return List.of(self.substring(0, at), sep, self.substring(at + sep.length()));
    }

    private static String swapCase(String self) {
        StringBuilder out = new StringBuilder(self.length());
        for (char c : self.toCharArray()) {
            out.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        return out.toString();
    }

    private static String title(String self) {
        StringBuilder out = new StringBuilder(self.length());
        boolean previousCased = false;
        for (char c : self.toCharArray()) {
            out.append(previousCased ? Character.toLowerCase(c) : Character.toUpperCase(c));
            previousCased = Character.isLetter(c);
        }
        return out.toString();
    }

    private static boolean hasCased(String self) {
        return self.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isLowerCase(c));
    }
}
