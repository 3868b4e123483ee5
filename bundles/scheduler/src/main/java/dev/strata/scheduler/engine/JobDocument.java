package dev.strata.scheduler.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.strata.api.scheduler.JobError;
import dev.strata.api.scheduler.JobInfo;
import dev.strata.api.scheduler.JobProgress;
import dev.strata.api.scheduler.JobStatus;
import java.time.Instant;
import java.util.Map;

/**
 * The JSON form of a {@link StoredJob}, field for field, in the snake_case the HTTP API and the
 * run config use, so an operator reading the store ({@code kv:get}) sees the names they know.
 *
 * <p>{@code format} numbers the layout; a reader accepts unknown fields, so a later version may
 * add fields without breaking an older engine that reads them back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record JobDocument(
        @JsonProperty("format") int format,
        @JsonProperty("id") String id,
        @JsonProperty("type") String type,
        @JsonProperty("status") String status,
        @JsonProperty("data") Map<String, Object> data,
        @JsonProperty("metadata") Map<String, Object> metadata,
        @JsonProperty("attempts") int attempts,
        @JsonProperty("progress") Progress progress,
        @JsonProperty("checkpoint") Map<String, Object> checkpoint,
        @JsonProperty("result") Map<String, Object> result,
        @JsonProperty("error") Failure error,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("started_at") Instant startedAt,
        @JsonProperty("finished_at") Instant finishedAt,
        @JsonProperty("waiting_for") String waitingFor,
        @JsonProperty("cancel_requested") boolean cancelRequested,
        @JsonProperty("not_before") Instant notBefore) {

    static final int FORMAT = 1;

    /** A {@link JobProgress} in JSON. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Progress(
            @JsonProperty("fraction") double fraction,
            @JsonProperty("message") String message) {}

    /** A {@link JobError} in JSON. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Failure(
            @JsonProperty("message") String message,
            @JsonProperty("stack_trace") String stackTrace) {}

    static JobDocument of(StoredJob job) {
        JobInfo info = job.info();
        JobProgress progress = info.progress();
        JobError error = info.error();
        return new JobDocument(
                FORMAT,
                info.id(),
                info.type(),
                info.status().wireName(),
                info.data(),
                info.metadata(),
                info.attempts(),
                progress == null ? null : new Progress(progress.fraction(), progress.message()),
                info.checkpoint(),
                info.result(),
                error == null ? null : new Failure(error.message(), error.stackTrace()),
                info.createdAt(),
                info.startedAt(),
                info.finishedAt(),
                info.waitingFor(),
                job.cancelRequested(),
                job.notBefore());
    }

    /**
     * Rebuilds the record.
     *
     * @throws IllegalArgumentException if the document breaks a rule of {@link JobInfo}
     */
    StoredJob toStoredJob() {
        JobInfo info = new JobInfo(
                id,
                type,
                data,
                metadata,
                JobStatus.fromWireName(status),
                attempts,
                progress == null ? null : new JobProgress(progress.fraction(), progress.message()),
                checkpoint,
                result,
                error == null ? null : new JobError(error.message(), error.stackTrace()),
                createdAt,
                startedAt,
                finishedAt,
                waitingFor);
        return new StoredJob(info, cancelRequested, notBefore);
    }
}
