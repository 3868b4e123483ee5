package dev.strata.stack.runconfig;

import java.util.Collection;
import java.util.Locale;

/**
 * The name a misspelt one most likely meant, for "did you mean" in a fault: the known name
 * fewest edits away (an edit inserts, deletes or replaces a character, or swaps two neighbours),
 * ignoring case, if it is close enough to be the same word mistyped: one edit in a name of up
 * to 4 characters, two in a longer one.
 */
public final class Suggestion {

    private Suggestion() {}

    /**
     * @return {@code "did you mean NAME? "}, ready to lead a fault's advice, or an empty string
     *     when no known name is close; the first closest in {@code known}'s order wins a tie
     */
    public static String didYouMean(String given, Collection<String> known) {
        String lower = given.toLowerCase(Locale.ROOT);
        int allowed = given.length() <= 4 ? 1 : 2;
        String best = null;
        int bestDistance = allowed + 1;
        for (String name : known) {
            int distance = distance(lower, name.toLowerCase(Locale.ROOT));
            if (distance < bestDistance && !name.equals(given)) {
                best = name;
                bestDistance = distance;
            }
        }
        return best == null ? "" : "did you mean " + best + "? ";
    }

    /** Optimal string alignment distance: edits as above, each substring edited once. */
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
                int replace = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + replace);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
