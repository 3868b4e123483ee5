package dev.strata.vectorio.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.strata.api.vectorio.ChunkingStrategy;

/**
 * The JSON form of a {@link ChunkingStrategy}, OpenAI's {@code chunking_strategy}: {@code
 * {"type": "auto"}} or {@code {"type": "static", "static": {"max_chunk_size_tokens": 800,
 * "chunk_overlap_tokens": 400}}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ChunkingDocument(
        @JsonProperty("type") String type,
        @JsonProperty("static") Sizes sizes) {

    /** The sizes of a static strategy. */
    record Sizes(
            @JsonProperty("max_chunk_size_tokens") Integer maxChunkSizeTokens,
            @JsonProperty("chunk_overlap_tokens") Integer chunkOverlapTokens) {}

    static ChunkingDocument of(ChunkingStrategy strategy) {
        if (strategy == null) {
            return null;
        }
        if (strategy instanceof ChunkingStrategy.Static fixed) {
            return new ChunkingDocument(
                    fixed.type(), new Sizes(fixed.maxChunkSizeTokens(), fixed.chunkOverlapTokens()));
        }
        return new ChunkingDocument(strategy.type(), null);
    }

    /**
     * Rebuilds the strategy.
     *
     * @throws IllegalArgumentException if the type is unknown or a static size is missing or
     *     out of range
     */
    ChunkingStrategy toStrategy() {
        if (ChunkingStrategy.AUTO.type().equals(type)) {
            return ChunkingStrategy.AUTO;
        }
        if (!"static".equals(type)) {
            throw new IllegalArgumentException("chunking_strategy.type is "
                    + (type == null ? "missing" : "'" + type + "'") + "; use auto or static");
        }
        Require.nonNull("chunking_strategy.static", sizes);
        return new ChunkingStrategy.Static(
                Require.nonNull("chunking_strategy.static.max_chunk_size_tokens", sizes.maxChunkSizeTokens()),
                Require.nonNull("chunking_strategy.static.chunk_overlap_tokens", sizes.chunkOverlapTokens()));
    }

    /** Rebuilds a strategy that must be there. */
    static ChunkingStrategy required(ChunkingDocument document) {
        return Require.nonNull("chunking_strategy", document).toStrategy();
    }
}
