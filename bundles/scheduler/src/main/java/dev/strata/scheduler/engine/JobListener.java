package dev.strata.scheduler.engine;

import dev.strata.api.scheduler.JobInfo;

/**
 * Hears every change of a job's status, for example to post it on EventAdmin under {@link
 * dev.strata.api.scheduler.JobEvents#topic}.
 *
 * <p>The engine calls it once for each status a job reaches (pending when scheduled, retried,
 * resumed or recovered; running; completed; failed; cancelled), after the change is durable,
 * in the order the changes were made, on a single thread of the engine's own, never while
 * holding a lock. A listener must return quickly; an exception it throws is logged and does not
 * stop the others.
 */
@FunctionalInterface
public interface JobListener {

    /**
     * Receives a job's new state.
     *
     * @param job the job as recorded by this change, never {@code null}
     */
    void jobChanged(JobInfo job);
}
