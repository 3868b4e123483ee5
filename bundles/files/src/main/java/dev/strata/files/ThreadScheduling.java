package dev.strata.files;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** {@link Scheduling} on one daemon thread per task, named for what it does. */
final class ThreadScheduling implements Scheduling {

    private final String threadName;

    ThreadScheduling(String threadName) {
        this.threadName = threadName;
    }

    @Override
    public AutoCloseable every(Duration interval, Runnable task) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(task, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return executor::shutdownNow;
    }
}
