package dev.strata.api.vectorio;

import java.time.Instant;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A vector store as OpenAI's {@code vector_store} object shows it, plus the embedding model it
 * was made with. A snapshot: immutable, and not updated when the store changes.
 *
 * @param id the store's id ({@code vs_} and hex), never {@code null}
 * @param name the store's name, never {@code null}; may be empty
 * @param createdAt when the store was created, never {@code null}
 * @param lastActiveAt when it was last changed or searched, never {@code null}
 * @param status its status, never {@code null}
 * @param usageBytes the bytes its chunks take, text and vectors, 0 or more
 * @param fileCounts its files by status, exact at the snapshot's time, never {@code null}
 * @param metadata the caller's string pairs, never {@code null}
 * @param expiresAfter its expiry policy, {@code null} for none
 * @param expiresAt when it expires under that policy, {@code null} for never
 * @param embeddingModel the id of the model its chunks are embedded with, never {@code null}
 * @param embeddingDimension the length of that model's vectors, 1 or more
 * @param chunkingStrategy how files are chunked when a request names no strategy, never {@code
 *     null}
 */
@ProviderType
public record VectorStore(
        String id,
        String name,
        Instant createdAt,
        Instant lastActiveAt,
        VectorStoreStatus status,
        long usageBytes,
        FileCounts fileCounts,
        Map<String, String> metadata,
        ExpiresAfter expiresAfter,
        Instant expiresAt,
        String embeddingModel,
        int embeddingDimension,
        ChunkingStrategy chunkingStrategy) {

    /**
     * Validates the record and copies the metadata.
     *
     * @throws IllegalArgumentException if a field that may not be {@code null} is, or a number
     *     is out of range
     */
    public VectorStore {
        Checks.requireText("id", id);
        Checks.requireNonNull("name", name);
        Checks.requireNonNull("created_at", createdAt);
        Checks.requireNonNull("last_active_at", lastActiveAt);
        Checks.requireNonNull("status", status);
        Checks.requireCount("usage_bytes", usageBytes);
        Checks.requireNonNull("file_counts", fileCounts);
        metadata = Checks.metadata(metadata);
        Checks.requireText("embedding_model", embeddingModel);
        if (embeddingDimension < 1) {
            throw new IllegalArgumentException("embedding_dimension is " + embeddingDimension + "; use 1 or more");
        }
        Checks.requireNonNull("chunking_strategy", chunkingStrategy);
    }
}
