package dev.strata.scheduler.engine;

import dev.strata.api.scheduler.JobError;
import dev.strata.api.scheduler.JobInfo;
import dev.strata.api.scheduler.JobProgress;
import dev.strata.api.scheduler.JobRequest;
import dev.strata.api.scheduler.JobStatus;
import java.time.Instant;
import java.util.Map;

/**
 * A job as the store keeps it: the public {@link JobInfo} plus what only the engine needs, and
 * every transition of the job's life as a method that returns the next record. Immutable.
 *
 * <p>Keeping the transitions here, and only here, means the fields of a record always agree
 * with its status: {@link JobInfo}'s constructor checks them on every step.
 *
 * @param info the job as clients see it
 * @param cancelRequested whether a cancel reached the job while it ran; it becomes cancelled
 *     when its executor returns, or at the next start if the process died first
 * @param notBefore for a pending job in retry backoff, when it may run again; otherwise {@code
 *     null}
 */
record StoredJob(JobInfo info, boolean cancelRequested, Instant notBefore) {

    static StoredJob scheduled(String id, JobRequest request, Instant createdAt, String waitingFor) {
        JobInfo info = new JobInfo(
                id,
                request.type(),
                request.data(),
                request.metadata(),
                JobStatus.PENDING,
                0,
                null,
                null,
                null,
                null,
                createdAt,
                null,
                null,
                waitingFor);
        return new StoredJob(info, false, null);
    }

    String id() {
        return info.id();
    }

    String type() {
        return info.type();
    }

    JobStatus status() {
        return info.status();
    }

    int attempts() {
        return info.attempts();
    }

    /** A new attempt starts: it counts from now on, even if the process dies during it. */
    StoredJob running(Instant now) {
        Draft draft = new Draft(info, JobStatus.RUNNING);
        draft.attempts = info.attempts() + 1;
        draft.startedAt = now;
        return new StoredJob(draft.build(), cancelRequested, null);
    }

    StoredJob completed(Map<String, Object> result, JobProgress progress, Instant now) {
        Draft draft = new Draft(info, JobStatus.COMPLETED);
        draft.progress = progress;
        draft.result = result;
        draft.error = null;
        draft.finishedAt = now;
        return new StoredJob(draft.build(), false, null);
    }

    StoredJob cancelled(JobProgress progress, Instant now) {
        Draft draft = new Draft(info, JobStatus.CANCELLED);
        draft.progress = progress;
        draft.error = null;
        draft.finishedAt = now;
        return new StoredJob(draft.build(), false, null);
    }

    StoredJob failed(JobError error, JobProgress progress, Instant now) {
        Draft draft = new Draft(info, JobStatus.FAILED);
        draft.progress = progress;
        draft.error = error;
        draft.finishedAt = now;
        return new StoredJob(draft.build(), false, null);
    }

    /** A failed attempt that has attempts left waits for its backoff to pass. */
    StoredJob retrying(JobError error, JobProgress progress, Instant at) {
        Draft draft = new Draft(info, JobStatus.PENDING);
        draft.progress = progress;
        draft.error = error;
        draft.waitingFor = "retry backoff until " + at;
        return new StoredJob(draft.build(), false, at);
    }

    /**
     * An attempt cut short by a shutdown or a departing executor goes back to pending and is
     * not counted, as {@link dev.strata.api.scheduler.JobContext#attempt()} promises.
     */
    StoredJob resumable(JobProgress progress) {
        Draft draft = new Draft(info, JobStatus.PENDING);
        draft.attempts = Math.max(0, info.attempts() - 1);
        draft.progress = progress;
        return new StoredJob(draft.build(), false, null);
    }

    /** A job left running by a crash runs again; the attempt the crash cut short counts. */
    StoredJob recovered() {
        return new StoredJob(new Draft(info, JobStatus.PENDING).build(), false, null);
    }

    /** {@link dev.strata.api.scheduler.JobScheduler#retry}: a fresh start that keeps the checkpoint. */
    StoredJob retried() {
        Draft draft = new Draft(info, JobStatus.PENDING);
        draft.attempts = 0;
        draft.progress = null;
        draft.error = null;
        draft.finishedAt = null;
        return new StoredJob(draft.build(), false, null);
    }

    StoredJob withCheckpoint(Map<String, Object> checkpoint, JobProgress progress) {
        Draft draft = new Draft(info, info.status());
        draft.checkpoint = checkpoint;
        draft.progress = progress;
        return new StoredJob(draft.build(), cancelRequested, notBefore);
    }

    StoredJob withCancelRequested() {
        return new StoredJob(info, true, notBefore);
    }

    /**
     * Returns the record as a client should see it: with the latest progress the executor
     * reported and the current reason a pending job waits, neither of which is written on
     * every change.
     */
    JobInfo view(JobStatus status, JobProgress progress, String waitingFor) {
        Draft draft = new Draft(info, status);
        draft.progress = progress == null ? info.progress() : progress;
        draft.waitingFor = status == JobStatus.PENDING ? waitingFor : null;
        return draft.build();
    }

    /** The fields that change between records; everything else is copied from the base. */
    private static final class Draft {
        private final JobInfo base;
        private final JobStatus status;
        int attempts;
        JobProgress progress;
        Map<String, Object> checkpoint;
        Map<String, Object> result;
        JobError error;
        Instant startedAt;
        Instant finishedAt;
        String waitingFor;

        Draft(JobInfo base, JobStatus status) {
            this.base = base;
            this.status = status;
            attempts = base.attempts();
            progress = base.progress();
            checkpoint = base.checkpoint();
            error = base.error();
            startedAt = base.startedAt();
            finishedAt = status.isTerminal() ? base.finishedAt() : null;
        }

        JobInfo build() {
            return new JobInfo(
                    base.id(),
                    base.type(),
                    base.data(),
                    base.metadata(),
                    status,
                    attempts,
                    progress,
                    checkpoint,
                    status == JobStatus.COMPLETED ? result : null,
                    status == JobStatus.PENDING || status == JobStatus.FAILED ? error : null,
                    base.createdAt(),
                    startedAt,
                    finishedAt,
                    waitingFor);
        }
    }
}
