package dev.strata.files;

import java.time.Duration;

/** Keeps the task it is given; the test runs it when it wants. */
final class FakeScheduling implements Scheduling {

    Runnable task;
    Duration interval;
    boolean stopped;

    @Override
    public AutoCloseable every(Duration interval, Runnable task) {
        this.interval = interval;
        this.task = task;
        return () -> stopped = true;
    }
}
