package dev.strata.api.vectorio;

import java.time.Instant;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A file batch, as OpenAI's {@code vector_store.file_batch} object shows it, plus the id of
 * the scheduler job that ingests it. A snapshot: immutable.
 *
 * @param id the batch's id ({@code vsfb_} and hex), never {@code null}
 * @param vectorStoreId the store's id, never {@code null}
 * @param createdAt when the batch was created, never {@code null}
 * @param status where it stands, never {@code null}
 * @param fileCounts its files by status, exact at the snapshot's time, never {@code null}
 * @param jobId the id of its job in the {@code JobScheduler}; {@code null} only while the batch
 *     is being created, before its job is scheduled
 */
@ProviderType
public record FileBatch(
        String id,
        String vectorStoreId,
        Instant createdAt,
        FileBatchStatus status,
        FileCounts fileCounts,
        String jobId) {

    /**
     * Validates the record.
     *
     * @throws IllegalArgumentException if a field other than {@code jobId} is {@code null}, or
     *     {@code jobId} is blank
     */
    public FileBatch {
        Checks.requireText("id", id);
        Checks.requireText("vector_store_id", vectorStoreId);
        Checks.requireNonNull("created_at", createdAt);
        Checks.requireNonNull("status", status);
        Checks.requireNonNull("file_counts", fileCounts);
        if (jobId != null) {
            Checks.requireText("job_id", jobId);
        }
    }
}
