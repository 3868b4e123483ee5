package dev.strata.api.scheduler;

import org.osgi.annotation.versioning.ProviderType;

/**
 * No job has the given id: it was never scheduled, was deleted, or expired after the
 * retention period.
 */
@ProviderType
public class UnknownJobException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String jobId;

    /**
     * Creates the exception.
     *
     * @param jobId the id that was not found; may be {@code null}
     */
    public UnknownJobException(String jobId) {
        super("job '" + jobId + "' does not exist; it may have been deleted or expired after the retention period; "
                + "list jobs to find its id");
        this.jobId = jobId;
    }

    /**
     * Returns the id that was not found.
     *
     * @return the id, as passed to the constructor
     */
    public String jobId() {
        return jobId;
    }
}
