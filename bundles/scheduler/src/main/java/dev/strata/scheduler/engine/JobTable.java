package dev.strata.scheduler.engine;

import dev.strata.api.scheduler.JobInfo;
import dev.strata.api.scheduler.JobStatus;
import java.time.Clock;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Every pending and running job in memory, by id (hence oldest first), and reading a job as a
 * client sees it: from memory while it is active, from the store once it has finished.
 *
 * <p>Memory is the truth for active jobs: their progress, status and reason for waiting are
 * kept up to date there without a write for each change. Thread-safe.
 */
final class JobTable {

    private final ConcurrentSkipListMap<String, ActiveJob> active = new ConcurrentSkipListMap<>();
    private final JobStore store;
    private final Dispatcher dispatcher;
    private final Clock clock;

    JobTable(JobStore store, Dispatcher dispatcher, Clock clock) {
        this.store = store;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    ActiveJob active(String id) {
        return active.get(id);
    }

    /** The active jobs in id order; a live, thread-safe view. */
    NavigableMap<String, ActiveJob> activeJobs() {
        return active;
    }

    int activeCount() {
        return active.size();
    }

    void put(ActiveJob job) {
        active.put(job.id(), job);
    }

    /** Removes the job, unless another entry for the id (a retry) has replaced it. */
    void remove(ActiveJob job) {
        active.remove(job.id(), job);
    }

    Optional<JobInfo> get(String id) {
        ActiveJob job = active.get(id);
        if (job != null) {
            JobInfo view = view(job);
            if (view != null) {
                return Optional.of(view);
            }
        }
        return store.read(id).map(StoredJob::info);
    }

    /**
     * Returns an active job as clients see it.
     *
     * @return the view, or {@code null} if the job is not durable yet or has left the active set
     */
    JobInfo view(ActiveJob job) {
        ActiveJob.Phase phase = job.phase();
        if (phase != ActiveJob.Phase.PENDING && phase != ActiveJob.Phase.RUNNING) {
            return null;
        }
        StoredJob record = job.record(store);
        if (record == null) {
            return null;
        }
        if (phase == ActiveJob.Phase.RUNNING) {
            return record.view(JobStatus.RUNNING, job.progress(), null);
        }
        return record.view(JobStatus.PENDING, job.progress(), dispatcher.waitingFor(job, clock.instant()));
    }

    /** The status an active job shows, or {@code null} if it shows none (see {@link #view}). */
    static JobStatus statusOf(ActiveJob job) {
        return switch (job.phase()) {
            case PENDING -> JobStatus.PENDING;
            case RUNNING -> JobStatus.RUNNING;
            default -> null;
        };
    }
}
