package dev.strata.api.scheduler;

import dev.strata.api.common.WireNamed;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Where a job is in its life. A job starts {@link #PENDING}, runs, and ends in one of the
 * terminal statuses {@link #COMPLETED}, {@link #FAILED} or {@link #CANCELLED}; only {@link
 * JobScheduler#retry} brings a terminal job back to {@link #PENDING}.
 */
@ProviderType
public enum JobStatus implements WireNamed {
    /**
     * Durable and waiting to run: queued, waiting for an executor of its type, waiting for a
     * retry after a failed attempt, or interrupted by a shutdown and waiting to resume.
     */
    PENDING("pending"),
    /** An executor is running it now. */
    RUNNING("running"),
    /** The executor returned a result. Terminal. */
    COMPLETED("completed"),
    /** The last allowed attempt failed; {@link JobInfo#error()} says why. Terminal. */
    FAILED("failed"),
    /** Cancelled before it finished. Terminal. */
    CANCELLED("cancelled");

    private final String wireName;

    JobStatus(String wireName) {
        this.wireName = wireName;
    }

    /**
     * Returns whether a job in this status is finished and will not change again unless it is
     * retried.
     *
     * @return {@code true} for {@link #COMPLETED}, {@link #FAILED} and {@link #CANCELLED}
     */
    public boolean isTerminal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /**
     * Returns the status with the given wire name.
     *
     * @param name a wire name such as {@code "running"}
     * @return the status, never {@code null}
     * @throws IllegalArgumentException if no status has that name; the message lists them
     */
    public static JobStatus fromWireName(String name) {
        return WireNamed.lookup(JobStatus.class, "job status", name);
    }
}
