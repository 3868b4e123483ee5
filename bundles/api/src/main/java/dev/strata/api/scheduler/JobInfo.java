package dev.strata.api.scheduler;

import dev.strata.api.common.JsonValues;
import java.time.Instant;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A job as the scheduler last recorded it: a snapshot, not a live view. Read it again with
 * {@link JobScheduler#get(String)} to see later changes.
 *
 * <p>Immutable: every map is deep-copied with {@link JsonValues#copyObject}. Safe to share
 * between threads. The constructor checks that the fields agree with the status, so a record
 * never claims, say, a result for a failed job.
 *
 * @param id the job's id, unique in the scheduler, never {@code null} or blank
 * @param type the job type, never {@code null}
 * @param data the executor's input, never {@code null}; {@code null} becomes empty
 * @param metadata the caller's labels, never {@code null}; {@code null} becomes empty
 * @param status the job's status, never {@code null}
 * @param attempts how many times an executor has started the job, 0 before the first start;
 *     an attempt cut short by a shutdown or a departing executor is not counted
 * @param progress what the executor last reported; {@code null} when it reported nothing
 * @param checkpoint the last checkpoint the executor saved; {@code null} when none
 * @param result what the executor returned; set exactly when the status is {@link
 *     JobStatus#COMPLETED}, possibly empty
 * @param error why the latest attempt failed; always set for {@link JobStatus#FAILED}, and
 *     kept on a {@link JobStatus#PENDING} job waiting to retry; otherwise {@code null}
 * @param createdAt when the job was scheduled, never {@code null}
 * @param startedAt when the latest attempt started; {@code null} before the first start
 * @param finishedAt when the job reached its terminal status; set exactly when the status is
 *     terminal
 * @param waitingFor why a pending job does not run, for example {@code "no executor for type
 *     vectorio.file-batch"}, {@code "retry backoff until 2026-01-05T09:00:01Z"} or {@code
 *     "max_concurrent_jobs reached (10 running)"}; {@code null} unless the status is {@link
 *     JobStatus#PENDING}, and {@code null} for a pending job that is about to start
 */
@ProviderType
public record JobInfo(
        String id,
        String type,
        Map<String, Object> data,
        Map<String, Object> metadata,
        JobStatus status,
        int attempts,
        JobProgress progress,
        Map<String, Object> checkpoint,
        Map<String, Object> result,
        JobError error,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        String waitingFor) {

    /**
     * Validates the record and copies its maps.
     *
     * @throws IllegalArgumentException if a required field is {@code null}, {@code attempts}
     *     is negative, a map holds a value that is not JSON, or a field disagrees with the
     *     status; the message names the field and the status
     */
    public JobInfo {
        JobTypes.requireId(id);
        JobTypes.requireType(type);
        data = JsonValues.copyObject("data", data == null ? Map.of() : data);
        metadata = JsonValues.copyObject("metadata", metadata == null ? Map.of() : metadata);
        checkpoint = checkpoint == null ? null : JsonValues.copyObject("checkpoint", checkpoint);
        result = result == null ? null : JsonValues.copyObject("result", result);
        if (status == null) {
            throw new IllegalArgumentException("status of job '" + id + "' is null; give its status");
        }
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts of job '" + id + "' is " + attempts + "; use 0 or more");
        }
        if (createdAt == null) {
            throw new IllegalArgumentException("createdAt of job '" + id + "' is null; give when it was scheduled");
        }
        requireAgreement(id, status, "result", result != null, status == JobStatus.COMPLETED);
        requireAgreement(id, status, "finishedAt", finishedAt != null, status.isTerminal());
        if (status == JobStatus.FAILED && error == null) {
            throw new IllegalArgumentException("error of job '" + id + "' is null but its status is failed; "
                    + "give the error of the last attempt");
        }
        if (waitingFor != null && (status != JobStatus.PENDING || waitingFor.isBlank())) {
            throw new IllegalArgumentException("waitingFor of job '" + id + "' is '" + waitingFor
                    + "' but its status is " + status.wireName() + "; only a pending job waits, for a reason");
        }
    }

    private static void requireAgreement(String id, JobStatus status, String field, boolean isSet, boolean mustBeSet) {
        if (isSet != mustBeSet) {
            throw new IllegalArgumentException(field + " of job '" + id + "' is " + (isSet ? "set" : "null")
                    + " but its status is " + status.wireName() + "; " + field + " is set exactly when the status is "
                    + (field.equals("result") ? "completed" : "completed, failed or cancelled"));
        }
    }
}
