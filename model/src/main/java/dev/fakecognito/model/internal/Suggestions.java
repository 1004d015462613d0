package dev.fakecognito.model.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

/**
 * "Did you mean" hints for a name that is not one of the known ones (a fixture field, a fault's
 * operation or error code). Shared by the model and the fake. Not API.
 */
public final class Suggestions {
    private Suggestions() {}

    /**
     * The closest known name, when it is close enough to be a likely typo, else the list of known names.
     *
     * @param unknown the name given
     * @param known   the names allowed
     * @param noun    what the names are, in the plural, for the list (e.g. {@code fields})
     * @return {@code "; did you mean 'x'?"}, {@code "; known <noun>: a, b, c"}, or empty when nothing is known
     */
    public static String suggestion(String unknown, Collection<?> known, String noun) {
        if (known == null || known.isEmpty()) {
            return "";
        }
        String given = unknown.toLowerCase(Locale.ROOT);
        String closest = known.stream()
                .map(String::valueOf)
                .min(Comparator.comparingInt(candidate -> distance(given, candidate.toLowerCase(Locale.ROOT))))
                .orElseThrow();
        String all = known.stream()
                .map(String::valueOf)
                .sorted()
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        return distance(given, closest.toLowerCase(Locale.ROOT)) <= Math.max(2, unknown.length() / 3)
                ? "; did you mean '" + closest + "'?"
                : "; known " + noun + ": " + all;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
