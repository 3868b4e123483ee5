package dev.strata.vectorio.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.strata.api.vectorio.VectorStoreFileError;
import dev.strata.api.vectorio.VectorStoreFileStatus;
import java.time.Instant;
import java.util.Map;

/**
 * The JSON form of a {@link FileRecord}, in the snake_case of OpenAI's vector store file object.
 * Enums are written by their wire names. {@code format} numbers the layout; readers accept
 * unknown fields.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FileDocument(
        @JsonProperty("format") Integer format,
        @JsonProperty("id") String id,
        @JsonProperty("vector_store_id") String vectorStoreId,
        @JsonProperty("filename") String filename,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("status") String status,
        @JsonProperty("usage_bytes") Long usageBytes,
        @JsonProperty("last_error") LastError lastError,
        @JsonProperty("attributes") Map<String, Object> attributes,
        @JsonProperty("chunking_strategy") ChunkingDocument chunkingStrategy,
        @JsonProperty("chunk_count") Integer chunkCount,
        @JsonProperty("batch_id") String batchId) {

    /** OpenAI's {@code last_error}: a code and a message. */
    record LastError(
            @JsonProperty("code") String code,
            @JsonProperty("message") String message) {}

    static FileDocument of(FileRecord file) {
        VectorStoreFileError error = file.lastErrorOrNull();
        return new FileDocument(
                RecordCodec.FORMAT,
                file.fileId(),
                file.storeId(),
                file.filename(),
                file.createdAt(),
                file.status().wireName(),
                file.usageBytes(),
                error == null ? null : new LastError(error.code().wireName(), error.message()),
                file.attributes(),
                ChunkingDocument.of(file.chunking()),
                file.chunkCount(),
                file.batchIdOrNull());
    }

    /**
     * Rebuilds the record.
     *
     * @throws IllegalArgumentException if a field is missing or breaks a rule of the record
     */
    FileRecord toRecord() {
        return new FileRecord(
                vectorStoreId,
                id,
                filename,
                createdAt,
                VectorStoreFileStatus.fromWireName(status),
                Require.nonNull("usage_bytes", usageBytes),
                lastError == null
                        ? null
                        : new VectorStoreFileError(
                                VectorStoreFileError.Code.fromWireName(lastError.code()), lastError.message()),
                attributes,
                ChunkingDocument.required(chunkingStrategy),
                Require.nonNull("chunk_count", chunkCount),
                batchId);
    }
}
