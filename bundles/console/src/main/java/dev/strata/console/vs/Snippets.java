package dev.strata.console.vs;

/** Shows a chunk's text on one line. */
final class Snippets {

    /** The narrowest a snippet gets, however narrow the terminal. */
    static final int MIN_WIDTH = 20;

    private Snippets() {}

    /** The text with every run of whitespace as one space, cut to {@code width} with {@code ...} when longer. */
    static String line(String text, int width) {
        String collapsed = text.strip().replaceAll("\\s+", " ");
        int max = Math.max(MIN_WIDTH, width);
        if (collapsed.length() <= max) {
            return collapsed;
        }
        int cut = Character.isHighSurrogate(collapsed.charAt(max - 4)) ? max - 4 : max - 3;
        int space = collapsed.lastIndexOf(' ', cut);
        if (space > cut - 15 && space > 0) {
            cut = space; // end on a whole word when one ends near the cut
        }
        return collapsed.substring(0, cut).stripTrailing() + "...";
    }
}
