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
 * What the catalog keeps of a file batch, with its file counts, so that reading a batch reads one
 * record however many files it has. The catalog keeps the counts (see {@link Catalog}): a caller
 * never sets them, except to the counts of a new batch, which the constructor without counts
 * makes. Immutable.
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
 * @param counts its files by the status the batch reports for each (see {@link
 *     Catalog#batchCounts}), never {@code null}; their total is the number of its files
 */
public record BatchRecord(
        String storeId,
        String batchId,
        Instant createdAt,
        List<String> fileIds,
        Map<String, Object> attributes,
        ChunkingStrategy chunkingOrNull,
        String jobId,
        FileBatchStatus status,
        FileCounts counts) {

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
        Require.nonNull("file counts of " + batch, counts);
        if (counts.total() != fileIds.size()) {
            throw new IllegalArgumentException(batch + " has " + fileIds.size() + " files but counts " + counts.total()
                    + " (" + counts + "); the counts cover each of its files once");
        }
    }

    /**
     * Makes the record of a new batch, whose files are all in progress.
     *
     * @throws IllegalArgumentException as the canonical constructor does
     */
    public BatchRecord(
            String storeId,
            String batchId,
            Instant createdAt,
            List<String> fileIds,
            Map<String, Object> attributes,
            ChunkingStrategy chunkingOrNull,
            String jobId,
            FileBatchStatus status) {
        this(
                storeId,
                batchId,
                createdAt,
                fileIds,
                attributes,
                chunkingOrNull,
                jobId,
                status,
                FileCounts.of(fileIds == null ? 0 : fileIds.size(), 0, 0, 0));
    }

    /**
     * Returns this record with another status.
     *
     * @param next the new status, not {@code null}
     * @return a new record; this one is unchanged
     * @throws IllegalArgumentException if {@code next} is {@code null}
     */
    public BatchRecord withStatus(FileBatchStatus next) {
        return new BatchRecord(storeId, batchId, createdAt, fileIds, attributes, chunkingOrNull, jobId, next, counts);
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
        return new BatchRecord(storeId, batchId, createdAt, fileIds, attributes, chunkingOrNull, id, status, counts);
    }

    /** Returns this record with other counts; only the catalog keeps them. */
    BatchRecord withCounts(FileCounts next) {
        return new BatchRecord(storeId, batchId, createdAt, fileIds, attributes, chunkingOrNull, jobId, status, next);
    }

    /**
     * Returns the batch as the API shows it, with its counts.
     *
     * @return the snapshot, never {@code null}
     */
    public FileBatch toFileBatch() {
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
