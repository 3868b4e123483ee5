package dev.strata.scheduler.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Puts pending jobs in the dispatcher's queue and times the end of retry backoffs on the
 * {@link TaskTimer}, so that no thread ever polls for jobs whose time has come.
 */
final class Queueing {

    private final Dispatcher dispatcher;
    private final TaskTimer timer;
    private final Clock clock;
    private final Runnable wakeUp;

    /**
     * @param wakeUp starts workers for jobs that became ready; called by the timer, outside any
     *     lock
     */
    Queueing(Dispatcher dispatcher, TaskTimer timer, Clock clock, Runnable wakeUp) {
        this.dispatcher = dispatcher;
        this.timer = timer;
        this.clock = clock;
        this.wakeUp = wakeUp;
    }

    /**
     * Queues a pending job, ready now or after its backoff.
     *
     * @param notBefore the end of its backoff, or {@code null}
     * @return {@code true} if the job is ready now and the caller should wake workers up
     */
    boolean enqueue(ActiveJob job, Instant notBefore) {
        if (dispatcher.enqueue(job, notBefore)) {
            return true;
        }
        promoteAt(job, notBefore);
        return false;
    }

    /** Makes a job in backoff ready when its backoff ends. */
    void promoteAt(ActiveJob job, Instant due) {
        timer.schedule(Duration.between(clock.instant(), due), () -> {
            if (dispatcher.promote(job, due)) {
                wakeUp.run();
            }
        });
    }
}
