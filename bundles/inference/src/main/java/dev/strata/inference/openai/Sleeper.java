package dev.strata.inference.openai;

import java.time.Duration;

/** Waits between attempts; tests pass one that records the waits instead. */
@FunctionalInterface
public interface Sleeper {

    /** Waits on the calling thread. */
    Sleeper THREAD = duration -> Thread.sleep(duration.toMillis());

    /**
     * @throws InterruptedException if the thread is interrupted while it waits
     */
    void sleep(Duration duration) throws InterruptedException;
}
