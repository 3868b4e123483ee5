package dev.strata.vectorio.store;

import java.nio.file.Path;

/**
 * What one vector IO provider is configured with.
 *
 * @param providerId the provider's id, never blank
 * @param folder the folder of its indexes, one subfolder per store; no other provider uses it
 * @param defaultModelOrNull the embedding model of stores created without one; {@code null} for
 *     the first model the inference provider lists
 * @param batchConcurrency how many files of one batch are ingested at once, 1 or more
 */
public record VectorIOSettings(String providerId, Path folder, String defaultModelOrNull, int batchConcurrency) {

    /** The most files of one batch ingested at once: {@value}. */
    public static final int MAX_BATCH_CONCURRENCY = 64;

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException naming the setting, the value and the allowed range
     */
    public VectorIOSettings {
        if (providerId == null || providerId.isBlank()) {
            throw new IllegalArgumentException("provider_id is '" + providerId + "'; give the provider an id");
        }
        if (folder == null) {
            throw new IllegalArgumentException("storage_dir is missing; give a folder for the indexes");
        }
        if (defaultModelOrNull != null && defaultModelOrNull.isBlank()) {
            defaultModelOrNull = null;
        }
        if (batchConcurrency < 1 || batchConcurrency > MAX_BATCH_CONCURRENCY) {
            throw new IllegalArgumentException(
                    "batch_concurrency is " + batchConcurrency + "; use a value from 1 to " + MAX_BATCH_CONCURRENCY);
        }
    }
}
