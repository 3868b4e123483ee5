package dev.strata.files;

import java.time.Duration;

/** Runs a task again and again; injected so that tests run the task themselves, without waiting. */
@FunctionalInterface
interface Scheduling {

    /**
     * Runs {@code task} now and then every {@code interval}, on a thread of its own, until the
     * returned handle is closed. A task that throws still runs again at the next interval.
     */
    AutoCloseable every(Duration interval, Runnable task);
}
