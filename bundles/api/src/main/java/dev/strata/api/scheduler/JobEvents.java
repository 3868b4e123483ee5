package dev.strata.api.scheduler;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The EventAdmin topics and event properties on which the scheduler publishes job state
 * changes.
 *
 * <p>Each time a job reaches a status, the scheduler posts (asynchronously) an event on that
 * status's topic, after the change is durable. Handlers receive them on EventAdmin's threads
 * and must not block. In a multi-worker deployment the event is posted on the node where the
 * change happened. An event tells that something changed; read the job with {@link
 * JobScheduler#get(String)} for its full, current state. Subscribe to {@link #TOPIC_ALL} for
 * every change, or filter on {@link #JOB_TYPE}, for example {@code (job.type=vectorio.*)}.
 */
@ProviderType
public final class JobEvents {

    /** The prefix of every job topic; the status's enum name follows it: {@value}. */
    public static final String TOPIC_PREFIX = "dev/strata/scheduler/job/";

    /** Every job topic, for an {@code event.topics} subscription: {@value}. */
    public static final String TOPIC_ALL = TOPIC_PREFIX + "*";

    /** A job became {@link JobStatus#PENDING}: scheduled, retried or resumed: {@value}. */
    public static final String TOPIC_PENDING = TOPIC_PREFIX + "PENDING";

    /** An executor started a job: {@value}. */
    public static final String TOPIC_RUNNING = TOPIC_PREFIX + "RUNNING";

    /** A job completed: {@value}. */
    public static final String TOPIC_COMPLETED = TOPIC_PREFIX + "COMPLETED";

    /** A job failed for good, after its last attempt: {@value}. */
    public static final String TOPIC_FAILED = TOPIC_PREFIX + "FAILED";

    /** A job was cancelled: {@value}. */
    public static final String TOPIC_CANCELLED = TOPIC_PREFIX + "CANCELLED";

    /** Event property holding the job's id, a {@code String}: {@value}. */
    public static final String JOB_ID = "job.id";

    /** Event property holding the job's type, a {@code String}: {@value}. */
    public static final String JOB_TYPE = "job.type";

    /**
     * Event property holding the job's new status as its {@link JobStatus#wireName() wire
     * name}, a {@code String} such as {@code "running"}: {@value}.
     */
    public static final String JOB_STATUS = "job.status";

    private JobEvents() {}

    /**
     * Returns the topic for a status.
     *
     * @param status the status, not {@code null}
     * @return {@link #TOPIC_PREFIX} followed by the status's enum name
     * @throws IllegalArgumentException if {@code status} is {@code null}
     */
    public static String topic(JobStatus status) {
        if (status == null) {
            throw new IllegalArgumentException("status is null; pass the status whose topic you want");
        }
        return TOPIC_PREFIX + status.name();
    }
}
