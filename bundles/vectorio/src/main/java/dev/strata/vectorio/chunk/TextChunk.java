package dev.strata.vectorio.chunk;

/**
 * One chunk of a text. Immutable.
 *
 * @param position the chunk's place in its text, from 0
 * @param start the offset of its first character in the source text, as {@link
 *     String#substring(int, int)} takes it
 * @param end the offset just after its last character
 * @param tokenCount how many of the model's tokens it holds, 1 or more
 * @param text the chunk's text, {@code source.substring(start, end)}, never {@code null}
 */
public record TextChunk(int position, int start, int end, int tokenCount, String text) {

    /**
     * Validates the chunk.
     *
     * @throws IllegalArgumentException if a number is out of range, or {@code text} is {@code
     *     null} or not {@code end - start} characters long
     */
    public TextChunk {
        if (position < 0 || start < 0 || end < start || tokenCount < 1) {
            throw new IllegalArgumentException("chunk " + position + " spans [" + start + ", " + end + ") with "
                    + tokenCount + " tokens; use position >= 0, 0 <= start <= end and 1 token or more");
        }
        if (text == null || text.length() != end - start) {
            throw new IllegalArgumentException("chunk " + position + " spans " + (end - start)
                    + " characters but its text is " + (text == null ? "null" : text.length() + " characters")
                    + "; pass source.substring(start, end)");
        }
    }
}
