package dev.strata.benchmarks.scheduler;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Waits for a scheduler's signals with a bound, so a scheduler that loses a job fails the run
 * with a message instead of hanging it.
 */
final class Await {

    /** Far beyond any round of a healthy run on this machine. */
    static final Duration PATIENCE = Duration.ofMinutes(5);

    private Await() {}

    static void latch(CountDownLatch latch, String what) {
        try {
            if (!latch.await(PATIENCE.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new IllegalStateException(
                        what + " did not happen within " + PATIENCE + "; " + latch.getCount() + " signals missing");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting until " + what, e);
        }
    }

    static void permit(Semaphore permits, String what) {
        try {
            if (!permits.tryAcquire(PATIENCE.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new IllegalStateException(what + " did not happen within " + PATIENCE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting until " + what, e);
        }
    }
}
