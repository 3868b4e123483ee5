package dev.strata.vectorio.chunk;

import dev.strata.api.inference.ModelInfo;
import dev.strata.api.vectorio.ChunkingStrategy;

/** Turns a {@link ChunkingStrategy} into the chunk sizes it means for one embedding model. */
public final class ChunkSizing {

    private ChunkSizing() {}

    /**
     * Resolves a strategy for a model.
     *
     * <ul>
     *   <li>{@code auto}: {@code min(800, model.maxInputTokens())} tokens with half of that as
     *       overlap, which is OpenAI's 800/400 wherever the model reads that much (a model that
     *       reads 256 tokens gets 256/128);
     *   <li>{@code static}: the sizes as given, provided the model reads chunks that long; a
     *       longer chunk is refused, because the model would cut it short without a word and its
     *       tail would never be found.
     * </ul>
     *
     * @param strategy the strategy, not {@code null}
     * @param model the model the chunks are embedded with, not {@code null}
     * @return the sizes, never {@code null}
     * @throws IllegalArgumentException if an argument is {@code null}, or a static {@code
     *     max_chunk_size_tokens} is more than the model reads; the message names the size, the
     *     model and its limit, and what to use instead
     */
    public static ChunkSize resolve(ChunkingStrategy strategy, ModelInfo model) {
        if (strategy == null) {
            throw new IllegalArgumentException("chunking strategy is null; pass ChunkingStrategy.AUTO for the default");
        }
        if (model == null) {
            throw new IllegalArgumentException("model is null; pass the store's embedding model");
        }
        if (strategy instanceof ChunkingStrategy.Static fixed) {
            return fitted(fixed, model);
        }

        int size = Math.min(ChunkingStrategy.Static.DEFAULT.maxChunkSizeTokens(), model.maxInputTokens());
        return new ChunkSize(size, size / 2);
    }

    private static ChunkSize fitted(ChunkingStrategy.Static fixed, ModelInfo model) {
        int limit = model.maxInputTokens();
        if (fixed.maxChunkSizeTokens() > limit) {
            throw new IllegalArgumentException("max_chunk_size_tokens is " + fixed.maxChunkSizeTokens()
                    + " but the embedding model '" + model.id() + "' reads at most " + limit
                    + " tokens, so it would cut every chunk short; use at most " + limit
                    + ", or the \"auto\" chunking strategy");
        }
        return new ChunkSize(fixed.maxChunkSizeTokens(), fixed.chunkOverlapTokens());
    }
}
