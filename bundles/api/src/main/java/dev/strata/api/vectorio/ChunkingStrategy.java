package dev.strata.api.vectorio;

import org.osgi.annotation.versioning.ProviderType;

/**
 * How a file is cut into chunks before embedding, OpenAI's {@code chunking_strategy}: {@link
 * Auto} or {@link Static}. Token counts use the embedding model's own tokenizer. Immutable.
 */
@ProviderType
public sealed interface ChunkingStrategy permits ChunkingStrategy.Auto, ChunkingStrategy.Static {

    /**
     * The provider chooses: OpenAI's {@link Static#DEFAULT} where the embedding model reads that
     * many tokens, otherwise sizes fitted to the model's input limit.
     */
    Auto AUTO = new Auto();

    /**
     * Returns the strategy's wire name, the {@code type} field of the JSON object.
     *
     * @return {@code "auto"} or {@code "static"}
     */
    String type();

    /** The provider chooses the chunk sizes: {@code {"type": "auto"}}. */
    @ProviderType
    record Auto() implements ChunkingStrategy {

        /**
         * Returns the wire name.
         *
         * @return {@code "auto"}
         */
        @Override
        public String type() {
            return "auto";
        }
    }

    /**
     * Fixed chunk sizes: {@code {"type": "static", "static": {"max_chunk_size_tokens": ...,
     * "chunk_overlap_tokens": ...}}}.
     *
     * @param maxChunkSizeTokens the most tokens in one chunk, from {@value #MIN_CHUNK_SIZE_TOKENS}
     *     to {@value #MAX_CHUNK_SIZE_TOKENS}
     * @param chunkOverlapTokens how many tokens each chunk repeats from the one before, from 0
     *     to half of {@code maxChunkSizeTokens}
     */
    @ProviderType
    record Static(int maxChunkSizeTokens, int chunkOverlapTokens) implements ChunkingStrategy {

        /** The smallest {@code max_chunk_size_tokens} OpenAI accepts: {@value}. */
        public static final int MIN_CHUNK_SIZE_TOKENS = 100;

        /** The largest {@code max_chunk_size_tokens} OpenAI accepts: {@value}. */
        public static final int MAX_CHUNK_SIZE_TOKENS = 4096;

        /** The sizes OpenAI uses for {@code auto}: 800 tokens with 400 of overlap. */
        public static final Static DEFAULT = new Static(800, 400);

        /**
         * Validates the sizes.
         *
         * @throws IllegalArgumentException if a size is out of range; the message gives the
         *     value and the range
         */
        public Static {
            if (maxChunkSizeTokens < MIN_CHUNK_SIZE_TOKENS || maxChunkSizeTokens > MAX_CHUNK_SIZE_TOKENS) {
                throw new IllegalArgumentException("max_chunk_size_tokens is " + maxChunkSizeTokens
                        + "; use a value from " + MIN_CHUNK_SIZE_TOKENS + " to " + MAX_CHUNK_SIZE_TOKENS);
            }
            int maxOverlap = maxChunkSizeTokens / 2;
            if (chunkOverlapTokens < 0 || chunkOverlapTokens > maxOverlap) {
                throw new IllegalArgumentException("chunk_overlap_tokens is " + chunkOverlapTokens
                        + "; use a value from 0 to " + maxOverlap + ", half of max_chunk_size_tokens "
                        + maxChunkSizeTokens);
            }
        }

        /**
         * Returns the wire name.
         *
         * @return {@code "static"}
         */
        @Override
        public String type() {
            return "static";
        }
    }
}
