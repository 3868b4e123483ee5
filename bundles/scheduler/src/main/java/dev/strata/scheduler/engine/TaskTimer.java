package dev.strata.scheduler.engine;

import java.time.Duration;

/**
 * Runs a task once after a delay: every time-based rule of the engine (retry backoff, per-type
 * timeouts, the shutdown grace period) waits through it, never by sleeping, so that tests
 * drive time by hand.
 *
 * <p>Implementations must be thread-safe and run tasks off the caller's thread or, for a timer
 * advanced by hand, on the thread that advances it. Tasks are short and never block. The
 * engine closes its timer when it stops.
 */
public interface TaskTimer {

    /**
     * Runs a task once after a delay.
     *
     * @param delay how long to wait; zero or negative runs the task as soon as possible
     * @param task the task, not {@code null}; an exception it throws is logged, not rethrown
     * @return a handle that cancels the task if it has not run yet
     */
    Cancellable schedule(Duration delay, Runnable task);

    /** Drops the tasks not yet run and releases the timer's threads. */
    void close();

    /** Cancels a scheduled task. */
    @FunctionalInterface
    interface Cancellable {

        /** Cancels the task if it has not started; does nothing otherwise. */
        void cancel();
    }
}
