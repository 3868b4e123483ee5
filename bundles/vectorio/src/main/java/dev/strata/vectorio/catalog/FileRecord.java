package dev.strata.vectorio.catalog;

import dev.strata.api.vectorio.ChunkingStrategy;
import dev.strata.api.vectorio.VectorStoreFile;
import dev.strata.api.vectorio.VectorStoreFileError;
import dev.strata.api.vectorio.VectorStoreFileStatus;
import java.time.Instant;
import java.util.Map;

/**
 * What the catalog keeps of a file attached to a vector store. Immutable; the {@code with}
 * methods return changed copies, for a {@link Catalog#compareAndSetFile compare-and-set}.
 *
 * @param storeId the store's id, never {@code null} or blank
 * @param fileId the file's id in the Files API, never {@code null} or blank
 * @param filename the file's name in the Files API, never {@code null}; empty while it is not
 *     yet known
 * @param createdAt when the file was attached, never {@code null}; the listing orders by it
 * @param status where its ingestion stands, never {@code null}
 * @param usageBytes the bytes its chunks take, 0 or more
 * @param lastErrorOrNull why it failed; set exactly when {@code status} is failed
 * @param attributes its attributes in canonical form: strings, booleans, integers as {@link
 *     Long} and other numbers as {@link Double}; sorted by key, never {@code null}
 * @param chunking how it is chunked, never {@code null}
 * @param chunkCount how many chunks it has in the index, 0 or more
 * @param batchIdOrNull the file batch that attached it last; {@code null} when attached alone
 */
public record FileRecord(
        String storeId,
        String fileId,
        String filename,
        Instant createdAt,
        VectorStoreFileStatus status,
        long usageBytes,
        VectorStoreFileError lastErrorOrNull,
        Map<String, Object> attributes,
        ChunkingStrategy chunking,
        int chunkCount,
        String batchIdOrNull) {

    /**
     * Validates the record and copies the attributes into canonical form; {@code null}
     * attributes become empty.
     *
     * @throws IllegalArgumentException if a field that may not be {@code null} is, a count is
     *     negative, an attribute is not a string, a finite number or a boolean, or {@code
     *     lastErrorOrNull} does not agree with {@code status}
     */
    public FileRecord {
        Require.text("store id", storeId);
        Require.text("file id", fileId);
        String file = "file '" + fileId + "' of store '" + storeId + "'";
        Require.nonNull("filename of " + file, filename);
        Require.nonNull("created_at of " + file, createdAt);
        Require.nonNull("status of " + file, status);
        Require.count("usage_bytes of " + file, usageBytes);
        if ((lastErrorOrNull != null) != (status == VectorStoreFileStatus.FAILED)) {
            throw new IllegalArgumentException(file + " has status " + status.wireName() + " and "
                    + (lastErrorOrNull == null ? "no" : "a") + " last error; give an error exactly to a failed file");
        }
        attributes = JsonScalars.attributes(file, attributes);
        Require.nonNull("chunking strategy of " + file, chunking);
        Require.count("chunk count of " + file, chunkCount);
        if (batchIdOrNull != null) {
            Require.text("batch id of " + file, batchIdOrNull);
        }
    }

    /**
     * Returns a new record of a file being ingested, with no chunks yet.
     *
     * @param storeId the store's id
     * @param fileId the file's id
     * @param filename the file's name, empty if not known yet
     * @param createdAt when it is attached
     * @param attributes its attributes, {@code null} for none
     * @param chunking how it is chunked
     * @param batchIdOrNull the batch that attaches it; {@code null} when attached alone
     * @return the record, {@code in_progress}
     * @throws IllegalArgumentException as the constructor does
     */
    public static FileRecord attached(
            String storeId,
            String fileId,
            String filename,
            Instant createdAt,
            Map<String, ?> attributes,
            ChunkingStrategy chunking,
            String batchIdOrNull) {
        return new FileRecord(
                storeId,
                fileId,
                filename,
                createdAt,
                VectorStoreFileStatus.IN_PROGRESS,
                0,
                null,
                JsonScalars.attributes("file '" + fileId + "' of store '" + storeId + "'", attributes),
                chunking,
                0,
                batchIdOrNull);
    }

    /**
     * Returns this record with another status and no error.
     *
     * @param next {@code in_progress}, {@code completed} or {@code cancelled}; use {@link
     *     #failed} for a failure, which needs its error
     * @return a new record; this one is unchanged
     * @throws IllegalArgumentException if {@code next} is {@code null} or failed
     */
    public FileRecord withStatus(VectorStoreFileStatus next) {
        if (next == VectorStoreFileStatus.FAILED) {
            throw new IllegalArgumentException("file '" + fileId + "' cannot fail without an error; use failed(error)");
        }
        return new FileRecord(
                storeId,
                fileId,
                filename,
                createdAt,
                next,
                usageBytes,
                null,
                attributes,
                chunking,
                chunkCount,
                batchIdOrNull);
    }

    /**
     * Returns this record completed, with what its chunks take.
     *
     * @param usage the bytes its chunks take, 0 or more
     * @param chunks how many chunks it has, 0 or more
     * @return a new record, {@code completed}; this one is unchanged
     * @throws IllegalArgumentException if a count is negative
     */
    public FileRecord completed(long usage, int chunks) {
        return new FileRecord(
                storeId,
                fileId,
                filename,
                createdAt,
                VectorStoreFileStatus.COMPLETED,
                usage,
                null,
                attributes,
                chunking,
                chunks,
                batchIdOrNull);
    }

    /**
     * Returns this record failed, with no chunks.
     *
     * @param error why it failed, not {@code null}
     * @return a new record, {@code failed}; this one is unchanged
     * @throws IllegalArgumentException if {@code error} is {@code null}
     */
    public FileRecord failed(VectorStoreFileError error) {
        Require.nonNull("error of file '" + fileId + "'", error);
        return new FileRecord(
                storeId,
                fileId,
                filename,
                createdAt,
                VectorStoreFileStatus.FAILED,
                0,
                error,
                attributes,
                chunking,
                0,
                batchIdOrNull);
    }

    /**
     * Returns this record cancelled; chunks it already has are kept as counted.
     *
     * @return a new record, {@code cancelled}; this one is unchanged
     */
    public FileRecord cancelled() {
        return withStatus(VectorStoreFileStatus.CANCELLED);
    }

    /**
     * Returns this record with other attributes, replacing them all.
     *
     * @param next the new attributes, {@code null} for none
     * @return a new record; this one is unchanged
     * @throws IllegalArgumentException if an attribute is not a string, a finite number or a
     *     boolean
     */
    public FileRecord withAttributes(Map<String, ?> next) {
        return new FileRecord(
                storeId,
                fileId,
                filename,
                createdAt,
                status,
                usageBytes,
                lastErrorOrNull,
                JsonScalars.attributes("file '" + fileId + "' of store '" + storeId + "'", next),
                chunking,
                chunkCount,
                batchIdOrNull);
    }

    /**
     * Returns the file as the API shows it.
     *
     * @return the snapshot, never {@code null}
     */
    public VectorStoreFile toVectorStoreFile() {
        return new VectorStoreFile(
                fileId,
                storeId,
                createdAt,
                status,
                usageBytes,
                lastErrorOrNull,
                attributes,
                chunking,
                chunkCount,
                batchIdOrNull);
    }
}
