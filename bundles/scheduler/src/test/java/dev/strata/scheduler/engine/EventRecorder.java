package dev.strata.scheduler.engine;

import dev.strata.api.scheduler.JobInfo;
import dev.strata.api.scheduler.JobStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Records the engine's job events and lets a test wait for one, so that asynchronous outcomes
 * are awaited on the engine's own signal instead of by sleeping.
 */
final class EventRecorder implements JobListener {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final List<JobInfo> events = new ArrayList<>();

    @Override
    public synchronized void jobChanged(JobInfo job) {
        events.add(job);
        notifyAll();
    }

    /** Waits for the {@code nth} (1 for the first) event of a job reaching a status. */
    synchronized JobInfo await(String id, JobStatus status, int nth) throws InterruptedException {
        return awaitMatching(nth, job -> job.id().equals(id) && job.status() == status, id + " " + status);
    }

    /** Waits for the first event of a job reaching a status. */
    JobInfo await(String id, JobStatus status) throws InterruptedException {
        return await(id, status, 1);
    }

    /** Waits for the event of a job reaching a terminal status. */
    synchronized JobInfo awaitFinished(String id) throws InterruptedException {
        return awaitMatching(1, job -> job.id().equals(id) && job.status().isTerminal(), id + " finished");
    }

    /** Waits until {@code count} events reached the status, whichever jobs they are of. */
    synchronized void awaitCount(JobStatus status, int count) throws InterruptedException {
        awaitMatching(count, job -> job.status() == status, count + " times " + status);
    }

    synchronized List<JobStatus> statusesOf(String id) {
        return events.stream()
                .filter(job -> job.id().equals(id))
                .map(JobInfo::status)
                .toList();
    }

    synchronized long count(JobStatus status) {
        return events.stream().filter(job -> job.status() == status).count();
    }

    private JobInfo awaitMatching(int nth, Predicate<JobInfo> wanted, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            List<JobInfo> matching = events.stream().filter(wanted).toList();
            if (matching.size() >= nth) {
                return matching.get(nth - 1);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no event '" + what + "' within " + PATIENCE + "; events: " + events);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
