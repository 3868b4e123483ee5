package dev.strata.vectorio.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.strata.api.vectorio.FileBatchStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a {@link BatchRecord}, in the snake_case of OpenAI's file batch object. The
 * status is written by its wire name. {@code format} numbers the layout; readers accept unknown
 * fields.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record BatchDocument(
        @JsonProperty("format") Integer format,
        @JsonProperty("id") String id,
        @JsonProperty("vector_store_id") String vectorStoreId,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("file_ids") List<String> fileIds,
        @JsonProperty("attributes") Map<String, Object> attributes,
        @JsonProperty("chunking_strategy") ChunkingDocument chunkingStrategy,
        @JsonProperty("job_id") String jobId,
        @JsonProperty("status") String status) {

    static BatchDocument of(BatchRecord batch) {
        return new BatchDocument(
                RecordCodec.FORMAT,
                batch.batchId(),
                batch.storeId(),
                batch.createdAt(),
                batch.fileIds(),
                batch.attributes(),
                ChunkingDocument.of(batch.chunkingOrNull()),
                batch.jobId(),
                batch.status().wireName());
    }

    /**
     * Rebuilds the record.
     *
     * @throws IllegalArgumentException if a field is missing or breaks a rule of the record
     */
    BatchRecord toRecord() {
        return new BatchRecord(
                vectorStoreId,
                id,
                createdAt,
                fileIds,
                attributes,
                chunkingStrategy == null ? null : chunkingStrategy.toStrategy(),
                jobId,
                FileBatchStatus.fromWireName(status));
    }
}
