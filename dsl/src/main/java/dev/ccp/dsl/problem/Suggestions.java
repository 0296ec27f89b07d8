package dev.ccp.dsl.problem;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean ...?" for misspelt commands, options and keys. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The candidate {@code input} most likely meant: the shortest candidate that extends it
     * ({@code --dry} gives {@code --dry-run}), else the closest by edit distance if that is a
     * plausible typo (at most a third of the longer word, and at least one character).
     */
    public static Optional<String> closest(String input, Collection<String> candidates) {
        String core = input.replaceFirst("^-+", "");
        if (core.length() >= 2) {
            Optional<String> extension = candidates.stream()
                    .filter(c -> c.startsWith(input) && !c.equals(input))
                    .min((a, b) -> a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b));
            if (extension.isPresent()) {
                return extension;
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(input, candidate);
            if (distance < bestDistance || (distance == bestDistance && best != null && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int allowed = Math.max(1, Math.max(input.length(), best.length()) / 3);
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** Appends {@code " (did you mean 'x'?)"} when there is a close candidate. */
    public static String didYouMean(String input, Collection<String> candidates) {
        return closest(input, candidates).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    /** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }
}
