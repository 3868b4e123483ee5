package dev.strata.vectorio.chunk;

import dev.strata.api.inference.TokenWindow;

/**
 * One chunk of a text. Immutable.
 *
 * @param position the chunk's place in its text, from 0
 * @param start the offset of its first character in the source text, as {@link
 *     String#substring(int, int)} takes it
 * @param end the offset just after its last character
 * @param firstToken the index of its first token among the text's tokens, 0 or more
 * @param tokenCount how many of the text's tokens it holds, 1 or more
 * @param text the chunk's text, {@code source.substring(start, end)}, never {@code null}
 */
public record TextChunk(int position, int start, int end, int firstToken, int tokenCount, String text) {

    /**
     * Validates the chunk.
     *
     * @throws IllegalArgumentException if a number is out of range, or {@code text} is {@code
     *     null} or not {@code end - start} characters long
     */
    public TextChunk {
        if (position < 0 || start < 0 || end < start || firstToken < 0 || tokenCount < 1) {
            throw new IllegalArgumentException("chunk " + position + " spans [" + start + ", " + end + ") with "
                    + tokenCount + " tokens from token " + firstToken
                    + "; use position >= 0, 0 <= start <= end, first token >= 0 and 1 token or more");
        }
        if (text == null || text.length() != end - start) {
            throw new IllegalArgumentException("chunk " + position + " spans " + (end - start)
                    + " characters but its text is " + (text == null ? "null" : text.length() + " characters")
                    + "; pass source.substring(start, end)");
        }
    }

    /**
     * Returns the text's tokens this chunk holds, as the model is asked to embed them.
     *
     * @return the window from {@link #firstToken()} to its last token
     */
    public TokenWindow window() {
        return new TokenWindow(firstToken, firstToken + tokenCount - 1);
    }
}
