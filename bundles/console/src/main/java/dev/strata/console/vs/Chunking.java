package dev.strata.console.vs;

import dev.strata.api.vectorio.ChunkingStrategy;

/** Reads {@code --chunk-size} and {@code --chunk-overlap}, and shows a chunking strategy. */
final class Chunking {

    private Chunking() {}

    /**
     * Returns the static strategy the options give, or {@code null} when neither is given.
     *
     * @param size {@code --chunk-size}, {@code null} when not given
     * @param overlap {@code --chunk-overlap}, {@code null} when not given
     * @throws IllegalArgumentException when only one is given or a value is out of range
     */
    static ChunkingStrategy of(Integer size, Integer overlap) {
        if (size == null && overlap == null) {
            return null;
        }
        if (size == null || overlap == null) {
            throw new IllegalArgumentException("--chunk-size and --chunk-overlap go together; give both, such as"
                    + " --chunk-size 800 --chunk-overlap 400, or neither for the store's chunking");
        }
        if (size < ChunkingStrategy.Static.MIN_CHUNK_SIZE_TOKENS
                || size > ChunkingStrategy.Static.MAX_CHUNK_SIZE_TOKENS) {
            throw new IllegalArgumentException("--chunk-size " + size + " is out of range; use "
                    + ChunkingStrategy.Static.MIN_CHUNK_SIZE_TOKENS + " to "
                    + ChunkingStrategy.Static.MAX_CHUNK_SIZE_TOKENS + " tokens");
        }
        if (overlap < 0 || overlap > size / 2) {
            throw new IllegalArgumentException("--chunk-overlap " + overlap + " is out of range; use 0 to " + size / 2
                    + " tokens, half of --chunk-size " + size);
        }
        return new ChunkingStrategy.Static(size, overlap);
    }

    /**
     * A provider's refusal of a chunking, in the options' words: the provider names the API's
     * fields ({@code max_chunk_size_tokens}), which the console user never typed.
     */
    static RuntimeException inOptionTerms(RuntimeException refusal) {
        String message = refusal.getMessage();
        if (!(refusal instanceof IllegalArgumentException) || message == null) {
            return refusal;
        }
        String worded = message.replace("max_chunk_size_tokens", "--chunk-size")
                .replace("chunk_overlap_tokens", "--chunk-overlap")
                .replace("the \"auto\" chunking strategy", "no --chunk-size and --chunk-overlap (auto chunking)");
        return worded.equals(message) ? refusal : new IllegalArgumentException(worded, refusal);
    }

    /** Shows a strategy, such as {@code static: 800 tokens, 400 overlap}. */
    static String describe(ChunkingStrategy strategy) {
        if (strategy instanceof ChunkingStrategy.Static fixed) {
            return "static: " + fixed.maxChunkSizeTokens() + " tokens, " + fixed.chunkOverlapTokens() + " overlap";
        }
        return strategy.type() + " (the provider fits chunk sizes to the model)";
    }
}
