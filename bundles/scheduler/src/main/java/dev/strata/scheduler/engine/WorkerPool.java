package dev.strata.scheduler.engine;

import dev.strata.scheduler.engine.Dispatcher.Claim;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker threads, at most {@code max_concurrent_jobs}. A worker that finishes a job takes
 * the next one itself, so a busy queue costs no hand-off between threads; new work is handed to
 * a worker only when a slot was free and nobody was working.
 */
final class WorkerPool {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerPool.class);
    private static final Duration IDLE_THREAD_LIFE = Duration.ofSeconds(60);

    private final Dispatcher dispatcher;
    private final Consumer<Claim> runner;
    private final ThreadPoolExecutor threads;

    WorkerPool(Dispatcher dispatcher, ThreadFactory factory, int size, Consumer<Claim> runner) {
        this.dispatcher = dispatcher;
        this.runner = runner;
        this.threads = new ThreadPoolExecutor(
                size, size, IDLE_THREAD_LIFE.toSeconds(), TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
        threads.allowCoreThreadTimeOut(true);
    }

    /** Starts a worker for each job that can run now. Call with no lock held. */
    void wakeUp() {
        for (Claim claim = dispatcher.claimNext(); claim != null; claim = dispatcher.claimNext()) {
            Claim first = claim;
            try {
                threads.execute(() -> work(first));
            } catch (RejectedExecutionException stopped) {
                dispatcher.release(first, true);
                return;
            }
        }
    }

    /** Keeps at most {@code size} workers from now on; a worker above it ends after its job. */
    void resize(int size) {
        // ThreadPoolExecutor refuses a core size above the maximum, so grow the maximum first.
        if (size > threads.getMaximumPoolSize()) {
            threads.setMaximumPoolSize(size);
            threads.setCorePoolSize(size);
        } else {
            threads.setCorePoolSize(size);
            threads.setMaximumPoolSize(size);
        }
    }

    /** Lets queued work finish and the threads end; returns at once. */
    void shutdown() {
        threads.shutdown();
    }

    private void work(Claim first) {
        for (Claim claim = first; claim != null; claim = dispatcher.claimNext()) {
            try {
                runner.accept(claim);
            } catch (RuntimeException e) {
                LOG.error("running {} failed inside the engine; the worker goes on with the next job", claim.job(), e);
            }
        }
    }
}
