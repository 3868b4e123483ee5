package dev.strata.vectorio.store;

/**
 * Page tokens of a file's content: the position of the page's first chunk, written as {@code
 * chunk-N} so that a token is never mistaken for a count.
 */
final class ContentPages {

    private static final String PREFIX = "chunk-";

    private ContentPages() {}

    static String token(int start) {
        return PREFIX + start;
    }

    /**
     * Returns the first chunk a token asks for.
     *
     * @throws IllegalArgumentException if the token is not one this file's pages gave
     */
    static int start(String tokenOrNull, int chunks) {
        if (tokenOrNull == null) {
            return 0;
        }
        if (tokenOrNull.startsWith(PREFIX)) {
            try {
                int start = Integer.parseInt(tokenOrNull.substring(PREFIX.length()));
                if (start > 0 && start < chunks) {
                    return start;
                }
            } catch (NumberFormatException e) {
                // reported below, with the token
            }
        }
        throw new IllegalArgumentException("page '" + tokenOrNull + "' is not a page of this file's content, which"
                + " has " + chunks + " chunks; pass the next_page a previous page returned, or none for the first");
    }
}
