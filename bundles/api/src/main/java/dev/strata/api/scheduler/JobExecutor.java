package dev.strata.api.scheduler;

import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Runs jobs of one or more types: a whiteboard service that any bundle registers and the
 * scheduler finds.
 *
 * <p><b>Registration.</b> Register the service with the property {@link #JOB_TYPE} naming the
 * types it serves. Executors may come and go at any time: jobs of a type with no executor wait
 * as {@link JobStatus#PENDING}, and a job whose executor leaves while running goes back to
 * pending, uncounted, until an executor returns. When two executors serve one type, the one
 * with the highest {@code service.ranking} wins (ties: the lowest {@code service.id}, as the
 * framework orders references).
 *
 * <p><b>Threads.</b> The scheduler calls {@link #execute} from its own worker threads, for
 * several jobs at once (up to the configured {@code max_concurrent_jobs}), so an executor must
 * be thread-safe. A call may block for as long as the job takes.
 *
 * <p><b>Cancellation is cooperative.</b> When a running job is cancelled, {@link
 * JobContext#isCancelled()} turns {@code true} and the executing thread is interrupted. The
 * executor should stop soon, by returning or throwing; the job then becomes {@link
 * JobStatus#CANCELLED} and its result or exception is discarded. The thread is also
 * interrupted, with {@code isCancelled()} still {@code false}, when the scheduler shuts down
 * or this executor is unregistered (the job goes back to pending, uncounted, and resumes
 * later) and when the job exceeds its type's timeout (a failed attempt); stop in the same
 * way.
 *
 * <p><b>At-least-once.</b> A crash re-runs the job from its last checkpoint ({@link
 * JobContext#checkpoint()}), so work done after that checkpoint may run twice. Executors must
 * be idempotent per checkpoint: repeating the steps since the last checkpoint must leave the
 * same outcome as running them once.
 */
@ConsumerType
public interface JobExecutor {

    /**
     * Service property naming the job types this executor serves: a {@code String}, or a
     * {@code String[]} or {@code Collection<String>} for several. Each name follows the rule
     * of {@link JobRequest#type()}. An executor registered without it, or with no valid name,
     * serves nothing and the scheduler logs why.
     */
    String JOB_TYPE = "job.type";

    /**
     * Runs one attempt of a job.
     *
     * <p>Returning normally completes the job with the returned result. Throwing any
     * exception fails the attempt: the scheduler records it as the job's {@link JobInfo#error()}
     * and retries with exponential backoff until the configured attempts are used up, then
     * marks the job {@link JobStatus#FAILED}. Returning {@code null} fails the attempt in the
     * same way. Throwing {@link JobFailedException} fails the job at once, without retries.
     *
     * @param context the job and the means to report on it, never {@code null}; valid until
     *     this method returns
     * @return the job's result, a JSON object, possibly empty, never {@code null}
     * @throws Exception when the attempt failed; {@link InterruptedException} after
     *     cancellation or shutdown is expected and not counted as a failure
     */
    Map<String, Object> execute(JobContext context) throws Exception;
}
