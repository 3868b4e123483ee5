package dev.strata.api.vectorio;

import java.time.Instant;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A file attached to a vector store, as OpenAI's {@code vector_store.file} object shows it. A
 * snapshot: immutable.
 *
 * @param id the file's id in the Files API, never {@code null}
 * @param vectorStoreId the store's id, never {@code null}
 * @param createdAt when the file was attached, never {@code null}
 * @param status where its ingestion stands, never {@code null}
 * @param usageBytes the bytes its chunks take, 0 or more
 * @param lastError why it failed; {@code null} unless {@code status} is failed
 * @param attributes its attributes, which filters match, never {@code null}
 * @param chunkingStrategy how it is chunked, never {@code null}
 * @param chunkCount how many chunks it has in the index, 0 or more
 * @param batchIdOrNull the file batch that last attached it; {@code null} when attached alone
 */
@ProviderType
public record VectorStoreFile(
        String id,
        String vectorStoreId,
        Instant createdAt,
        VectorStoreFileStatus status,
        long usageBytes,
        VectorStoreFileError lastError,
        Map<String, Object> attributes,
        ChunkingStrategy chunkingStrategy,
        int chunkCount,
        String batchIdOrNull) {

    /**
     * Validates the record and copies the attributes.
     *
     * @throws IllegalArgumentException if a required field is {@code null}, a count is
     *     negative, an attribute is not a scalar, or {@code lastError} does not agree with
     *     {@code status}
     */
    public VectorStoreFile {
        Checks.requireText("id", id);
        Checks.requireText("vector_store_id", vectorStoreId);
        Checks.requireNonNull("created_at", createdAt);
        Checks.requireNonNull("status", status);
        Checks.requireCount("usage_bytes", usageBytes);
        Checks.requireCount("chunk_count", chunkCount);
        if ((lastError != null) != (status == VectorStoreFileStatus.FAILED)) {
            throw new IllegalArgumentException("file '" + id + "' has status " + status.wireName() + " and "
                    + (lastError == null ? "no" : "a") + " last_error; only a failed file has one");
        }
        attributes = Checks.attributes(attributes);
        Checks.requireNonNull("chunking_strategy", chunkingStrategy);
    }
}
