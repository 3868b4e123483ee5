package dev.strata.api.scheduler;

import dev.strata.api.common.Page;
import dev.strata.api.common.ProviderProperties;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Schedules durable jobs and lets anyone watch, cancel, retry and delete them.
 *
 * <p><b>Durability.</b> Every method that changes a job has made the change durable when it
 * returns: a scheduled job survives a crash the next instant, and a cancel is not forgotten.
 * Jobs run at least once (see {@link JobExecutor}). Finished jobs are removed after the
 * configured retention period, after which their ids are unknown.
 *
 * <p><b>Threads and views.</b> All methods are safe to call from any thread, on any node of a
 * multi-worker deployment. Everything returned is a snapshot taken during the call.
 *
 * <p><b>Errors.</b> A {@code null} or invalid argument throws {@link IllegalArgumentException}
 * and changes nothing. A failure of the scheduler's storage throws the storage's unchecked
 * exception (for example {@code KVStoreException}) and leaves the job as it was. The service
 * carries the {@link ProviderProperties} of its provider; it is registered only once every
 * required executor of its configuration is present.
 */
@ProviderType
public interface JobScheduler {

    /**
     * Schedules a job that may wait for its executor; the same as {@code
     * schedule(JobRequest.of(type, data, metadata))}.
     *
     * @param type the job type, following the rule of {@link JobRequest#type()}
     * @param data the executor's input, a JSON object; {@code null} for none
     * @param metadata the caller's labels, a JSON object; {@code null} for none
     * @return the new job's id, never {@code null}; the job is durable and {@link
     *     JobStatus#PENDING}
     * @throws IllegalArgumentException if the type breaks the naming rule or a map holds a
     *     value that is not JSON
     */
    String schedule(String type, Map<String, Object> data, Map<String, Object> metadata);

    /**
     * Schedules a job.
     *
     * @param request what to schedule, not {@code null}
     * @return the new job's id, never {@code null}; the job is durable and {@link
     *     JobStatus#PENDING}
     * @throws IllegalArgumentException if {@code request} is {@code null}
     * @throws UnknownJobTypeException if the request does not allow waiting and no executor
     *     has ever served its type, nor is the type a required executor
     */
    String schedule(JobRequest request);

    /**
     * Schedules several jobs as one durable batch: all of them or none.
     *
     * @param requests what to schedule, not {@code null}, no {@code null} element; empty
     *     schedules nothing
     * @return the new jobs' ids in the order of {@code requests}, never {@code null}
     * @throws IllegalArgumentException if the list or an element is {@code null}; the message
     *     names the index; nothing is scheduled
     * @throws UnknownJobTypeException if any request is refused as {@link
     *     #schedule(JobRequest)} would refuse it; nothing is scheduled
     */
    List<String> scheduleAll(List<JobRequest> requests);

    /**
     * Reads a job.
     *
     * @param id the job's id, not {@code null}
     * @return the job, or empty if no job has that id (never scheduled, deleted or expired)
     * @throws IllegalArgumentException if {@code id} is {@code null} or blank
     */
    Optional<JobInfo> get(String id);

    /**
     * Lists the jobs that match a query, ordered by creation time as the query's page asks
     * ({@link dev.strata.api.common.PageRequest.Order#DESC newest first} unless it says
     * otherwise), ties broken by id.
     *
     * @param query the conditions and page, not {@code null}; {@link JobQuery#all()} for every
     *     job
     * @return the page, never {@code null}, possibly empty
     * @throws IllegalArgumentException if {@code query} is {@code null}
     */
    Page<JobInfo> list(JobQuery query);

    /**
     * Cancels a job. A pending job becomes {@link JobStatus#CANCELLED} at once. For a running
     * job the cancellation flag is set durably, the executor's thread is interrupted (on
     * whichever worker runs it), and the job becomes cancelled when the executor returns.
     * Calling it again on a job being cancelled returns {@code true} again and changes nothing.
     *
     * @param id the job's id, not {@code null}
     * @return {@code true} if the job is cancelled or being cancelled; {@code false} if it had
     *     already finished, in which case nothing changes
     * @throws IllegalArgumentException if {@code id} is {@code null} or blank
     * @throws UnknownJobException if no job has that id
     */
    boolean cancel(String id);

    /**
     * Deletes a finished job's record, with its result and checkpoint.
     *
     * @param id the job's id, not {@code null}
     * @return {@code true} if the job was deleted; {@code false} if no job has that id
     * @throws IllegalArgumentException if {@code id} is {@code null} or blank
     * @throws IllegalStateException if the job is pending or running; the message names its
     *     status and says to cancel it first; nothing changes
     */
    boolean delete(String id);

    /**
     * Puts a failed or cancelled job back in the queue as {@link JobStatus#PENDING}, with its
     * attempts reset to 0. Its data, metadata and last checkpoint are kept, so the executor can
     * resume; its progress, error and finish time are cleared.
     *
     * @param id the job's id, not {@code null}
     * @return {@code true} if the job was re-queued; {@code false} if it is pending, running or
     *     completed, in which case nothing changes
     * @throws IllegalArgumentException if {@code id} is {@code null} or blank
     * @throws UnknownJobException if no job has that id
     */
    boolean retry(String id);
}
