package dev.strata.scheduler.engine;

import dev.strata.api.scheduler.JobError;
import dev.strata.api.scheduler.JobInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every job state change on its own logger category, {@value #CATEGORY}, so an
 * operator can follow jobs (or silence them) apart from the engine's lifecycle messages.
 *
 * <p>Levels follow what an operator acts on: the flow of a job is DEBUG, a cancel INFO, a
 * failed attempt that will be retried WARN, a job that failed for good ERROR.
 */
final class JobStateLog implements JobListener {

    /** The logger category of job state changes: {@value}. */
    static final String CATEGORY = "dev.strata.scheduler.jobs";

    private static final Logger LOG = LoggerFactory.getLogger(CATEGORY);

    @Override
    public void jobChanged(JobInfo job) {
        switch (job.status()) {
            case PENDING -> logPending(job);
            case RUNNING -> LOG.debug("job {} ({}) running, attempt {}", job.id(), job.type(), job.attempts());
            case COMPLETED ->
                LOG.debug("job {} ({}) completed after {} attempts", job.id(), job.type(), job.attempts());
            case CANCELLED -> LOG.info("job {} ({}) cancelled", job.id(), job.type());
            case FAILED -> logFailed(job);
        }
    }

    private static void logPending(JobInfo job) {
        JobError error = job.error();
        if (error != null && job.waitingFor() != null && job.waitingFor().startsWith("retry")) {
            LOG.warn(
                    "job {} ({}) attempt {} failed, {}: {}",
                    job.id(),
                    job.type(),
                    job.attempts(),
                    job.waitingFor(),
                    error.message());
        } else {
            LOG.debug("job {} ({}) pending, {} attempts so far", job.id(), job.type(), job.attempts());
        }
    }

    /**
     * One line, without the stack trace: Karaf's log layout writes a message on one line, its
     * line breaks escaped, and cuts it at 500 characters, so a trace in the message would hide
     * the cause; {@code job:info} shows the trace whole.
     */
    private static void logFailed(JobInfo job) {
        JobError error = job.error();
        LOG.error(
                "job {} ({}) failed after {}: {}{}",
                job.id(),
                job.type(),
                job.attempts() == 1 ? "1 attempt" : job.attempts() + " attempts",
                error.message(),
                error.stackTrace() == null ? "" : " (job:info " + job.id() + " shows the stack trace)");
    }
}
