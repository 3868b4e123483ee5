package dev.strata.vectorio.catalog;

import dev.strata.api.vectorio.ChunkingStrategy;
import dev.strata.api.vectorio.FileBatch;
import dev.strata.api.vectorio.FileBatchStatus;
import dev.strata.api.vectorio.FileCounts;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the catalog keeps of a file batch. Its file counts are not kept: {@link
 * Catalog#batchCounts} counts them from the file records. Immutable.
 *
 * @param storeId the store's id, never {@code null} or blank
 * @param batchId the batch's id, never {@code null} or blank
 * @param createdAt when the batch was created, never {@code null}
 * @param fileIds its files in the order given, never {@code null}, no blank or repeated id
 * @param attributes the attributes every file of the batch gets, in the canonical form of {@link
 *     FileRecord#attributes()}, never {@code null}
 * @param chunkingOrNull how its files are chunked; {@code null} for the store's strategy
 * @param jobId the id of the scheduler job that ingests it; {@code null} while the job is not
 *     yet scheduled (a batch is recorded first, so that a crash in between leaves a batch to
 *     schedule at the next start, not a job without its batch)
 * @param status where it stands, never {@code null}
 */
public record BatchRecord(
        String storeId,
        String batchId,
        Instant createdAt,
        List<String> fileIds,
        Map<String, Object> attributes,
        ChunkingStrategy chunkingOrNull,
        String jobId,
        FileBatchStatus status) {

    /**
     * Validates the record and copies the collections; {@code null} attributes become empty.
     *
     * @throws IllegalArgumentException if a field that may not be {@code null} is, a file id is
     *     blank or repeated, or an attribute is not a string, a finite number or a boolean
     */
    public BatchRecord {
        Require.text("store id", storeId);
        Require.text("batch id", batchId);
        String batch = "batch '" + batchId + "' of store '" + storeId + "'";
        Require.nonNull("created_at of " + batch, createdAt);
        fileIds = fileIds(batch, fileIds);
        attributes = JsonScalars.attributes(batch, attributes);
        if (jobId != null) {
            Require.text("job id of " + batch, jobId);
        }
        Require.nonNull("status of " + batch, status);
    }

    /**
     * Returns this record with another status.
     *
     * @param next the new status, not {@code null}
     * @return a new record; this one is unchanged
     * @throws IllegalArgumentException if {@code next} is {@code null}
     */
    public BatchRecord withStatus(FileBatchStatus next) {
        return new BatchRecord(storeId, batchId, createdAt, fileIds, attributes, chunkingOrNull, jobId, next);
    }

    /**
     * Returns this record with the id of its job.
     *
     * @param id the job's id, not {@code null} or blank
     * @return a new record; this one is unchanged
     * @throws IllegalArgumentException if {@code id} is {@code null} or blank
     */
    public BatchRecord withJobId(String id) {
        Require.text("job id", id);
        return new BatchRecord(storeId, batchId, createdAt, fileIds, attributes, chunkingOrNull, id, status);
    }

    /**
     * Returns the batch as the API shows it.
     *
     * @param counts its files by status, as {@link Catalog#batchCounts} counts them, not {@code
     *     null}
     * @return the snapshot, never {@code null}
     * @throws IllegalArgumentException if {@code counts} is {@code null}, or the batch has no
     *     job yet: the API shows a batch only with its job
     */
    public FileBatch toFileBatch(FileCounts counts) {
        return new FileBatch(batchId, storeId, createdAt, status, counts, jobId);
    }

    private static List<String> fileIds(String batch, List<String> fileIds) {
        Require.nonNull("file ids of " + batch, fileIds);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < fileIds.size(); i++) {
            String id = Require.text("file id " + i + " of " + batch, fileIds.get(i));
            if (!seen.add(id)) {
                throw new IllegalArgumentException(batch + " lists the file '" + id + "' twice; give each file once");
            }
        }
        return List.copyOf(fileIds);
    }
}
