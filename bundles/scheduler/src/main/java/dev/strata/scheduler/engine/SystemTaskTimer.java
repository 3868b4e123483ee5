package dev.strata.scheduler.engine;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The production {@link TaskTimer}: one daemon thread over the system's monotonic time. */
final class SystemTaskTimer implements TaskTimer {

    private static final Logger LOG = LoggerFactory.getLogger(SystemTaskTimer.class);

    private final ScheduledThreadPoolExecutor executor;

    SystemTaskTimer(ThreadFactory threads) {
        executor = new ScheduledThreadPoolExecutor(1, threads);
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        long nanos = Math.max(0, delay.toNanos());
        ScheduledFuture<?> future = executor.schedule(() -> runLogged(task), nanos, TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** A scheduled future swallows exceptions; log them so a faulty task is seen. */
    private static void runLogged(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.error("scheduler timer task {} failed", task, e);
        }
    }
}
