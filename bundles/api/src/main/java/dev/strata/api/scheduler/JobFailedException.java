package dev.strata.api.scheduler;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Thrown by an executor when retrying cannot help, such as when the job's data is not what
 * the job type takes: the job becomes {@link JobStatus#FAILED} at once, with this exception
 * as its {@link JobInfo#error()}, whatever attempts the retry policy has left. Any other
 * exception fails only the attempt, which is retried.
 */
@ConsumerType
public class JobFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and what to do, for the job's error */
    public JobFailedException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong and what to do, for the job's error
     * @param cause the failure behind it
     */
    public JobFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
