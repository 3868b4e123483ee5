package dev.strata.api.vectorio;

import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What a new vector store should be: OpenAI's create body, plus the embedding model. Immutable.
 *
 * @param name the store's name, never {@code null}; may be empty
 * @param metadata string pairs for the caller, never {@code null}; see {@link
 *     #MAX_METADATA_PAIRS}
 * @param embeddingModelOrNull the id of the model to embed with; {@code null} for the
 *     provider's default
 * @param expiresAfterOrNull the expiry policy; {@code null} for none
 * @param chunkingStrategyOrNull how its files are chunked by default; {@code null} for {@link
 *     ChunkingStrategy#AUTO}
 * @param fileIds files to attach at once, as one file batch; may be empty, no repeats
 */
@ProviderType
public record VectorStoreCreate(
        String name,
        Map<String, String> metadata,
        String embeddingModelOrNull,
        ExpiresAfter expiresAfterOrNull,
        ChunkingStrategy chunkingStrategyOrNull,
        List<String> fileIds) {

    /** The most metadata pairs OpenAI allows: {@value}. */
    public static final int MAX_METADATA_PAIRS = 16;

    /**
     * Validates the request and copies the collections; {@code null} collections become empty.
     *
     * @throws IllegalArgumentException if {@code name} is {@code null}, the metadata breaks
     *     OpenAI's limits, the model id is blank, or a file id is blank or repeated
     */
    public VectorStoreCreate {
        Checks.requireNonNull("name", name);
        metadata = Checks.metadata(metadata);
        if (embeddingModelOrNull != null) {
            Checks.requireText("embedding_model", embeddingModelOrNull);
        }
        fileIds = Checks.fileIds(fileIds);
    }

    /**
     * Returns a request for an empty store with every default.
     *
     * @param name the store's name, not {@code null}
     * @return the request
     */
    public static VectorStoreCreate named(String name) {
        return new VectorStoreCreate(name, Map.of(), null, null, null, List.of());
    }
}
