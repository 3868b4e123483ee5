package dev.strata.scheduler.engine;

import dev.strata.api.scheduler.JobInfo;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers job state changes to the {@link JobListener}s on one thread of its own, in the
 * order they were made.
 *
 * <p>Changes are published while the job's lock is held, right after they are durable, so the
 * queue holds each job's changes in commit order; listeners run later, with no lock held and off
 * the threads that schedule and run jobs, so a slow listener never delays a job.
 */
final class JobEventQueue {

    private static final Logger LOG = LoggerFactory.getLogger(JobEventQueue.class);

    private final ExecutorService thread;
    private final List<JobListener> listeners = new CopyOnWriteArrayList<>();

    JobEventQueue(ThreadFactory threads) {
        thread = Executors.newSingleThreadExecutor(threads);
        listeners.add(new JobStateLog());
    }

    void addListener(JobListener listener) {
        listeners.add(listener);
    }

    void removeListener(JobListener listener) {
        listeners.remove(listener);
    }

    /** Queues a change; after {@link #close}, it is only logged. */
    void publish(JobInfo job) {
        try {
            thread.execute(() -> deliver(job));
        } catch (RejectedExecutionException e) {
            LOG.debug("job {} became {} after the engine stopped; listeners are not told", job.id(), job.status());
        }
    }

    /** Delivers what is queued, waiting at most {@code wait}, then stops the thread. */
    void close(Duration wait) {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                LOG.warn("job listeners did not take every change within {}; the rest are dropped", wait);
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void deliver(JobInfo job) {
        for (JobListener listener : listeners) {
            try {
                listener.jobChanged(job);
            } catch (RuntimeException e) {
                LOG.warn("job listener {} failed on job {} becoming {}", listener, job.id(), job.status(), e);
            }
        }
    }
}
