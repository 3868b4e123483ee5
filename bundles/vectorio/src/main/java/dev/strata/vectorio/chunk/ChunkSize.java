package dev.strata.vectorio.chunk;

/**
 * The sizes chunks are cut to, in the embedding model's tokens. Immutable.
 *
 * @param maxTokens the most tokens in one chunk, 1 or more
 * @param overlapTokens how many tokens each chunk repeats from the one before, from 0 to half
 *     of {@code maxTokens}, so that every window moves on by at least half its size
 */
public record ChunkSize(int maxTokens, int overlapTokens) {

    /**
     * Validates the sizes.
     *
     * @throws IllegalArgumentException if {@code maxTokens} is below 1 or {@code overlapTokens}
     *     is outside 0 to {@code maxTokens / 2}
     */
    public ChunkSize {
        if (maxTokens < 1) {
            throw new IllegalArgumentException("chunk size is " + maxTokens + " tokens; use 1 or more");
        }
        if (overlapTokens < 0 || overlapTokens > maxTokens / 2) {
            throw new IllegalArgumentException("chunk overlap is " + overlapTokens + " tokens; use 0 to "
                    + maxTokens / 2 + ", half of the chunk size " + maxTokens);
        }
    }

    /**
     * Returns how many tokens each window starts after the one before.
     *
     * @return {@code maxTokens - overlapTokens}, 1 or more
     */
    public int strideTokens() {
        return maxTokens - overlapTokens;
    }
}
