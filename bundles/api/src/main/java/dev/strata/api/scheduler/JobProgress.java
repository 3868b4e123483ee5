package dev.strata.api.scheduler;

import org.osgi.annotation.versioning.ProviderType;

/**
 * How far a running job has come, as its executor last reported through {@link
 * JobContext#progress(double, String)}. Immutable.
 *
 * @param fraction the share of the work done, from 0 to 1 inclusive
 * @param message what the executor is doing, for an operator to read; may be {@code null}
 */
@ProviderType
public record JobProgress(double fraction, String message) {

    /**
     * Validates the progress.
     *
     * @throws IllegalArgumentException if {@code fraction} is not a number from 0 to 1
     */
    public JobProgress {
        if (!(fraction >= 0.0 && fraction <= 1.0)) {
            throw new IllegalArgumentException("progress fraction is " + fraction + "; use a value from 0 to 1");
        }
    }
}
