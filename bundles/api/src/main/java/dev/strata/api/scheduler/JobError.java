package dev.strata.api.scheduler;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Why an attempt of a job failed, kept as text so that it survives restarts and crosses
 * processes. Immutable.
 *
 * @param message the failure in one line, never {@code null} or blank
 * @param stackTrace the full stack trace of the failure; {@code null} when there is none, for
 *     example for a timeout
 */
@ProviderType
public record JobError(String message, String stackTrace) {

    /**
     * Validates the error.
     *
     * @throws IllegalArgumentException if {@code message} is {@code null} or blank
     */
    public JobError {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException(
                    "job error message is " + (message == null ? "null" : "blank") + "; say why the attempt failed");
        }
    }

    /**
     * Describes a failure thrown by an executor.
     *
     * @param failure the exception, not {@code null}
     * @return an error whose message is the exception's {@code toString()} (its class and
     *     message), or just the message of a {@link JobFailedException}, which is written for
     *     the user; and whose stack trace is the exception's printed trace, causes included
     * @throws IllegalArgumentException if {@code failure} is {@code null}
     */
    public static JobError of(Throwable failure) {
        if (failure == null) {
            throw new IllegalArgumentException("failure is null; pass the exception the attempt threw");
        }
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        boolean forTheUser = failure instanceof JobFailedException
                && failure.getMessage() != null
                && !failure.getMessage().isBlank();
        return new JobError(forTheUser ? failure.getMessage() : failure.toString(), trace.toString());
    }
}
