package dev.strata.vectorio.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.strata.api.vectorio.FileBatchStatus;
import dev.strata.api.vectorio.FileCounts;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a {@link BatchRecord}, in the snake_case of OpenAI's file batch object. The
 * status is written by its wire name. {@code format} numbers the layout; readers accept unknown
 * fields. A record written before batches kept their counts has no {@code file_counts}; {@link
 * Catalog} counts those from the file records.
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
        @JsonProperty("status") String status,
        @JsonProperty("file_counts") Counts fileCounts) {

    static BatchDocument of(BatchRecord batch) {
        FileCounts counts = batch.counts();
        return new BatchDocument(
                RecordCodec.FORMAT,
                batch.batchId(),
                batch.storeId(),
                batch.createdAt(),
                batch.fileIds(),
                batch.attributes(),
                ChunkingDocument.of(batch.chunkingOrNull()),
                batch.jobId(),
                batch.status().wireName(),
                new Counts(
                        counts.inProgress(), counts.completed(), counts.failed(), counts.cancelled(), counts.total()));
    }

    /**
     * Rebuilds the record; without {@code file_counts}, with every file in progress.
     *
     * @throws IllegalArgumentException if a field is missing or breaks a rule of the record
     */
    BatchRecord toRecord() {
        BatchRecord batch = new BatchRecord(
                vectorStoreId,
                id,
                createdAt,
                fileIds,
                attributes,
                chunkingStrategy == null ? null : chunkingStrategy.toStrategy(),
                jobId,
                FileBatchStatus.fromWireName(status));
        return fileCounts == null ? batch : batch.withCounts(fileCounts.toCounts());
    }

    /** OpenAI's {@code file_counts} object. */
    record Counts(
            @JsonProperty("in_progress") Long inProgress,
            @JsonProperty("completed") Long completed,
            @JsonProperty("failed") Long failed,
            @JsonProperty("cancelled") Long cancelled,
            @JsonProperty("total") Long total) {

        /** @throws IllegalArgumentException if a count is missing or negative, or the total is not their sum */
        FileCounts toCounts() {
            return new FileCounts(
                    Require.nonNull("file_counts.in_progress", inProgress),
                    Require.nonNull("file_counts.completed", completed),
                    Require.nonNull("file_counts.failed", failed),
                    Require.nonNull("file_counts.cancelled", cancelled),
                    Require.nonNull("file_counts.total", total));
        }
    }
}
